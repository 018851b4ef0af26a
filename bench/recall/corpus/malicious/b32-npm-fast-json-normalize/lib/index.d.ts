export declare function normalize<T>(value: T): T;
export declare function stringify(value: unknown, space?: number): string;
