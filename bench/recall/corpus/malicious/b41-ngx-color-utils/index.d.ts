export interface RGB { r: number; g: number; b: number; a?: number }
export interface HSL { h: number; s: number; l: number }
export function parseHex(hex: string): RGB;
export function toHex(c: RGB): string;
export function rgbToHsl(c: RGB): HSL;
export function hslToRgb(c: HSL): RGB;
export function luminance(c: RGB): number;
export function contrast(a: string | RGB, b: string | RGB): number;
export function lighten(hex: string, amount: number): string;
export function darken(hex: string, amount: number): string;
export function meetsWcag(fg: string, bg: string, level?: 'AA' | 'AAA', large?: boolean): boolean;
