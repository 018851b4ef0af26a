export interface ParsedVersion { major: number; minor: number; patch: number; pre: string }
export function simplify(range: string): string;
export function normalize(range: string): string;
export function parse(version: string): ParsedVersion | null;
