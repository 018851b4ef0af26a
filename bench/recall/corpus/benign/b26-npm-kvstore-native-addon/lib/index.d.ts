export interface Store { put(k: string, v: unknown): boolean; get(k: string): string | undefined; getJSON<T = unknown>(k: string): T | undefined; del(k: string): boolean; size(): number; flush(): void; native: boolean }
export declare function open(file: string): Store;
