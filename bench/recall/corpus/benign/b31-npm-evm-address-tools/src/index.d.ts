export function toChecksumAddress(address: string): string;
export function isValidAddress(address: string, opts?: { strict?: boolean }): boolean;
export function getBalance(rpcUrl: string, address: string, block?: string): Promise<bigint>;
export interface Eip1193Provider { request(args: { method: string; params?: unknown[] }): Promise<unknown> }
export function requestTransfer(provider: Eip1193Provider, tx: { from: string; to: string; valueWei: bigint | number | string }): Promise<unknown>;
