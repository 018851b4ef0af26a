export interface WalletOptions { rpcUrl: string; chainId: number }
export declare class LumenWallet {
  static fromEnv(varName: string, opts: WalletOptions): LumenWallet;
  static fromKeystore(file: string, password: string, opts: WalletOptions): Promise<LumenWallet>;
  readonly address: string;
  signTransfer(args: { to: string; valueEth: string | number; gasLimit?: bigint }): Promise<string>;
  describe(signedHex: string): { from: string; to: string | null; value: string; nonce: number; chainId: number };
  broadcast(signedHex: string): Promise<string>;
  signMessage(message: string | Uint8Array): Promise<string>;
}
