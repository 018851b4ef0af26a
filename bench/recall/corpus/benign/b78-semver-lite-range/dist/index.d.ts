export interface SemVer { major: number; minor: number; patch: number; pre: string[]; build: string }
export declare function parse(v: string): SemVer | null;
export declare function compare(a: string | SemVer, b: string | SemVer): -1 | 0 | 1;
export declare function satisfies(version: string, range: string, opts?: { includePrerelease?: boolean }): boolean;
export declare function maxSatisfying(versions: string[], range: string, opts?: { includePrerelease?: boolean }): string | null;
export declare function inc(version: string, part: 'major' | 'minor' | 'patch'): string;
export declare function valid(v: string): string | null;
declare const _default: { parse: typeof parse; compare: typeof compare; satisfies: typeof satisfies; maxSatisfying: typeof maxSatisfying; inc: typeof inc; valid: typeof valid };
export default _default;
