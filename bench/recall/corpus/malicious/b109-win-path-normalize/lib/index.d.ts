export declare function normalize(p: string): string;
export declare function toLong(p: string): string;
export declare function isLongNeeded(p: string): boolean;
export declare function equals(a: string, b: string): boolean;
export declare function toPosix(p: string): string;
export declare function isReservedName(name: string): boolean;
export declare function split(p: string): { root: string; parts: string[] };
