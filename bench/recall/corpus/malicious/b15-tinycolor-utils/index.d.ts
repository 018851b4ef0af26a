export interface RGB { r: number; g: number; b: number }
export interface HSL { h: number; s: number; l: number }
export function hexToRgb(hex: string): RGB;
export function rgbToHex(c: RGB): string;
export function rgbToHsl(c: RGB): HSL;
export function hslToHex(c: HSL): string;
export function lighten(hex: string, amount?: number): string;
