export interface RGB { r: number; g: number; b: number }
export function parseHex(hex: string): RGB;
export function hslToRgb(h: number, s: number, l: number): RGB;
export function rgbTo256(rgb: RGB): number;
export function rgbTo16(rgb: RGB): number;
export function detectLevel(env?: NodeJS.ProcessEnv, stream?: NodeJS.WriteStream): 0 | 1 | 2 | 3;
export function toAnsi(color: string | RGB, opts?: { background?: boolean; level?: number }): string;
export function paint(text: string, color: string | RGB, opts?: { background?: boolean; level?: number }): string;
export function gradient(text: string, from: string, to: string, opts?: { level?: number }): string;
