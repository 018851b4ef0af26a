export declare function ready(): Promise<void>;
export declare function hash(input: string): number;
export declare function hashBuffer(input: Uint8Array): number;
export declare function hashSync(input: string | Uint8Array): number;
export declare function hashMany(inputs: string[]): Promise<number[]>;
export declare function close(): Promise<void>;
