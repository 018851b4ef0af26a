export interface WinOptions { upperDrive?: boolean; trailingSlash?: boolean; long?: boolean }
export interface PosixOptions { wsl?: boolean; msys?: boolean }
export function toWindows(p: string, opts?: WinOptions): string;
export function toPosix(p: string, opts?: PosixOptions): string;
export function isUNC(p: string): boolean;
export function isLongPath(p: string): boolean;
export function stripLongPrefix(p: string): string;
export function hasReservedSegment(p: string): boolean;
export function equals(a: string, b: string, opts?: { caseSensitive?: boolean }): boolean;
export function split(p: string): { root: string; segments: string[] };
export function relative(from: string, to: string): string;
