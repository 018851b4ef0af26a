export type RGB = [number, number, number];
export declare function hexToRgb(hex: string): RGB;
export declare function luminance(c: string | RGB): number;
export declare function contrastRatio(a: string | RGB, b: string | RGB): number;
export declare function wcag(fg: string | RGB, bg: string | RGB, opts?: { large?: boolean }): { ratio: number; AA: boolean; AAA: boolean };
export declare function darkenToContrast(fg: string, bg: string | RGB, target?: number): string;
