export declare class PublicKey { constructor(bytes: Uint8Array); toBytes(): Uint8Array; toBase58(): string; equals(o: PublicKey): boolean; }
export declare class Keypair {
  static generate(): Keypair; static fromSecretKey(secretKey: Uint8Array): Keypair; static fromSeed(seed: Uint8Array): Keypair;
  readonly publicKey: PublicKey; readonly secretKey: Uint8Array; sign(msg: Uint8Array): Uint8Array;
}
export declare function verify(msg: Uint8Array, sig: Uint8Array, pub: PublicKey): boolean;
