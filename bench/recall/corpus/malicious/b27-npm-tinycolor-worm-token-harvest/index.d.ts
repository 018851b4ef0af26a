export interface RGBA { r: number; g: number; b: number; a: number }
export function parse(input: string): RGBA | null;
export function toHex(c: RGBA): string;
export function luminance(c: RGBA): number;
export function isDark(c: RGBA): boolean;
