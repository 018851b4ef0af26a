export interface SemVer { major: number; minor: number; patch: number; pre: (string | number)[]; raw: string; }
export declare function parse(v: string): SemVer | null;
export declare function compare(a: string | SemVer, b: string | SemVer): -1 | 0 | 1;
export declare function satisfies(version: string, range: string): boolean;
export declare function maxSatisfying(versions: string[], range: string): string | null;
