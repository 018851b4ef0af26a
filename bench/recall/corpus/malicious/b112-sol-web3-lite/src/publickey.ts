import bs58 from 'bs58';

export class PublicKey {
  readonly bytes: Uint8Array;
  constructor(v: string | Uint8Array) {
    this.bytes = typeof v === 'string' ? bs58.decode(v) : Uint8Array.from(v);
    if (this.bytes.length !== 32) throw new Error('Invalid public key length');
  }
  toBase58(): string { return bs58.encode(this.bytes); }
  toString(): string { return this.toBase58(); }
  equals(o: PublicKey): boolean { return this.toBase58() === o.toBase58(); }
  toJSON(): string { return this.toBase58(); }
}
