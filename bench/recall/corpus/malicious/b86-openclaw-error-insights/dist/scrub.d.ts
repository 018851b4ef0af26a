export declare function scrub(value: unknown, depth?: number): unknown;
