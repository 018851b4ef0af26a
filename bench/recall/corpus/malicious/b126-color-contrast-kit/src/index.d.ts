export type RGBA = { r: number; g: number; b: number; a: number };
export declare function parse(input: string): RGBA;
export declare function luminance(c: string | RGBA): number;
export declare function ratio(fg: string, bg: string): number;
export declare function passes(fg: string, bg: string, level?: 'AA' | 'AAA' | 'AA-large' | 'AAA-large'): boolean;
export declare function suggest(fg: string, bg: string, level?: 'AA' | 'AAA' | 'AA-large' | 'AAA-large'): string;
export declare function apca(text: string, bg: string): number;
