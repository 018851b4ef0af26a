export declare class Store { constructor(path: string); get<T = unknown>(key: string): T | undefined; put(key: string, value: unknown): boolean; close(): void; }
