export type ColorLevel = 0 | 1 | 2 | 3;
export interface Spectrum {
	(...text: unknown[]): string;
	level: ColorLevel;
	rgb(red: number, green: number, blue: number): Spectrum;
	hex(color: string): Spectrum;
	ansi256(index: number): Spectrum;
	bgRgb(red: number, green: number, blue: number): Spectrum;
	bgHex(color: string): Spectrum;
	strip(text: string): string;
	readonly reset: Spectrum; readonly bold: Spectrum; readonly dim: Spectrum; readonly italic: Spectrum;
	readonly underline: Spectrum; readonly inverse: Spectrum; readonly hidden: Spectrum; readonly strikethrough: Spectrum;
	readonly black: Spectrum; readonly red: Spectrum; readonly green: Spectrum; readonly yellow: Spectrum;
	readonly blue: Spectrum; readonly magenta: Spectrum; readonly cyan: Spectrum; readonly white: Spectrum; readonly gray: Spectrum;
	readonly bgBlack: Spectrum; readonly bgRed: Spectrum; readonly bgGreen: Spectrum; readonly bgYellow: Spectrum;
	readonly bgBlue: Spectrum; readonly bgMagenta: Spectrum; readonly bgCyan: Spectrum; readonly bgWhite: Spectrum;
}
declare const spectrum: Spectrum;
export default spectrum;
