export interface WalletInfo { uuid: string; name: string; icon: string; rdns: string }
export interface WalletBarOptions { chainId?: number; label?: string }
export interface WalletBar {
  readonly address: string | null;
  readonly chainId: number | null;
  connect(rdns?: string): Promise<string>;
  disconnect(): void;
  switchChain(chainId: number): Promise<void>;
  sendPayment(p: { to: string; valueWei: bigint; data?: string }): Promise<string>;
  on(ev: 'connect' | 'disconnect' | 'chainChanged' | 'accountsChanged', fn: (d: any) => void): () => void;
  wallets(): WalletInfo[];
}
export declare function isAddress(a: string): boolean;
export declare function shorten(a: string): string;
export declare function createWalletBar(el: HTMLElement, opts?: WalletBarOptions): WalletBar;
