export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: Array<string | number>;
  build: string[];
  raw: string;
}
export function parse(version: string | SemVer): SemVer | null;
export function valid(version: string): string | null;
export function compare(a: string, b: string): -1 | 0 | 1;
export function gt(a: string, b: string): boolean;
export function lt(a: string, b: string): boolean;
export function eq(a: string, b: string): boolean;
export function gte(a: string, b: string): boolean;
export function lte(a: string, b: string): boolean;
export function satisfies(version: string, range: string, opts?: { includePrerelease?: boolean }): boolean;
export function maxSatisfying(versions: string[], range: string): string | null;
export function minSatisfying(versions: string[], range: string): string | null;
export function inc(version: string, release: 'major' | 'minor' | 'patch'): string | null;
