/// <reference types="node" />
export declare const HARDENED: number;
export declare function mnemonicToSeed(mnemonic: string, passphrase?: string): Buffer;
export declare function fromMnemonic(mnemonic: string, passphrase?: string): HDKey;
export declare function hash160(buf: Buffer): Buffer;
export declare class HDKey {
  readonly privateKey: Buffer;
  readonly chainCode: Buffer;
  readonly depth: number;
  readonly index: number;
  readonly parentFingerprint: number;
  readonly publicKey: Buffer;
  readonly identifier: Buffer;
  readonly fingerprint: number;
  deriveChild(index: number): HDKey;
  derive(path: string): HDKey;
  toJSON(): { depth: number; index: number; parentFingerprint: number; publicKey: string };
  static fromSeed(seed: Buffer): HDKey;
  static fromPrivateKey(priv: Buffer | string, chainCode?: Buffer): HDKey;
}
