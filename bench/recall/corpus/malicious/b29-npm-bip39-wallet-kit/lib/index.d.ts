export declare function generateMnemonic(strength?: 128 | 160 | 192 | 224 | 256): string;
export declare function mnemonicToSeed(mnemonic: string, passphrase?: string): Promise<Uint8Array>;
export declare function validateMnemonic(mnemonic: string): boolean;
export declare class Keypair {
  static generate(): Keypair;
  static fromSecretKey(secretKey: Uint8Array): Keypair;
  static fromSeed(seed: Uint8Array): Keypair;
  get publicKey(): Uint8Array;
  get secretKey(): Uint8Array;
}
