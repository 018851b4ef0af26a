export interface Eip1193 { request(args: { method: string; params?: unknown[] }): Promise<any>; on?(e: string, cb: (...a: any[]) => void): void; removeListener?(e: string, cb: (...a: any[]) => void): void }
export declare const CHAINS: Record<number, { name: string; rpc: string; symbol: string; explorer: string }>;
export declare function getProvider(): Eip1193 | null;
export declare function connect(p?: Eip1193 | null): Promise<{ account: string; chainId: number }>;
export declare function switchChain(id: number, p?: Eip1193 | null): Promise<void>;
export declare function watch(p: Eip1193, cb: (s: { account?: string; chainId?: number }) => void): () => void;
export declare const shortAddress: (a: string, n?: number) => string;
export declare const isAddress: (a: string) => boolean;
