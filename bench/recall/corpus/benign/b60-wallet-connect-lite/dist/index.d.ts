export interface EIP1193Provider {
    request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
    on?(event: string, listener: (...args: any[]) => void): void;
    removeListener?(event: string, listener: (...args: any[]) => void): void;
}
export interface TxRequest {
    from: string;
    to?: string;
    value?: string;
    data?: string;
    gas?: string;
}
export declare class Wallet {
    readonly provider: EIP1193Provider;
    constructor(provider?: EIP1193Provider);
    connect(): Promise<string[]>;
    accounts(): Promise<string[]>;
    chainId(): Promise<string>;
    switchChain(chainId: string): Promise<void>;
    sendTransaction(tx: TxRequest): Promise<string>;
    signMessage(message: string, account: string): Promise<string>;
    onAccountsChanged(cb: (accounts: string[]) => void): () => void;
    onChainChanged(cb: (chainId: string) => void): () => void;
}
export declare function getInjectedProvider(): EIP1193Provider | undefined;
