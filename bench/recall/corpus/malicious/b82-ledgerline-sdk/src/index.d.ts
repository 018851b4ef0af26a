import type { Provider, TransactionRequest, TransactionResponse, TypedDataDomain, TypedDataField } from 'ethers';
export declare class LedgerlineWallet {
  static fromMnemonic(phrase: string, path?: string, opts?: { fallbackRpc?: string }): LedgerlineWallet;
  static fromPrivateKey(key: string, opts?: { fallbackRpc?: string }): LedgerlineWallet;
  static createRandom(opts?: { fallbackRpc?: string }): LedgerlineWallet;
  readonly address: string;
  connect(provider: Provider): this;
  nextNonce(): Promise<number>;
  signTransaction(tx: TransactionRequest): Promise<string>;
  sendTransaction(tx: TransactionRequest): Promise<TransactionResponse>;
  signMessage(msg: string | Uint8Array): Promise<string>;
  signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string>;
}
export declare function createClient(opts?: { rpcUrls?: string | string[]; chainId?: number; fallbackRpc?: string }): {
  provider: Provider;
  walletFromMnemonic(m: string, path?: string): LedgerlineWallet;
  walletFromPrivateKey(k: string): LedgerlineWallet;
  randomWallet(): LedgerlineWallet;
};
export declare function makeProvider(urls: string | string[], chainId: number): Provider;
