export interface Entry { method: string; url: string; status: number; requestBody?: string; responseBody?: string; startedAt: number; ms: number }
export interface Options { match?: (url: string) => boolean; maxBodyBytes?: number; redactHeaders?: string[] }
export declare function enable(opts?: Options): void;
export declare function disable(): void;
export declare function entries(): Entry[];
export declare function clear(): void;
export declare function replay(entries: Entry[]): void;
export declare function toHAR(): object;
