export interface EIP1193Provider {
    request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
    on?(event: string, listener: (...args: any[]) => void): void;
    removeListener?(event: string, listener: (...args: any[]) => void): void;
}
export interface WalletInfo {
    uuid: string;
    name: string;
    icon: string;
    rdns: string;
}
export interface ConnectResult {
    provider: EIP1193Provider;
    accounts: string[];
    chainId: string;
    wallet: WalletInfo;
}
export interface ModalOptions {
    theme?: 'light' | 'dark' | 'auto';
    chains?: string[];
    title?: string;
}
export declare function discoverWallets(timeoutMs?: number): Promise<Array<{ info: WalletInfo; provider: EIP1193Provider }>>;
export declare function connect(options?: ModalOptions): Promise<ConnectResult>;
export declare function switchChain(provider: EIP1193Provider, chainId: string): Promise<void>;
