export type ColorLevel = 0 | 1 | 2 | 3;
export type Formatter = (input: unknown) => string;
export interface Colors {
  level: ColorLevel;
  isColorSupported: boolean;
  reset: Formatter; bold: Formatter; dim: Formatter; italic: Formatter; underline: Formatter; overline: Formatter;
  inverse: Formatter; hidden: Formatter; strikethrough: Formatter;
  black: Formatter; red: Formatter; green: Formatter; yellow: Formatter; blue: Formatter; magenta: Formatter;
  cyan: Formatter; white: Formatter; gray: Formatter;
  redBright: Formatter; greenBright: Formatter; yellowBright: Formatter; blueBright: Formatter;
  magentaBright: Formatter; cyanBright: Formatter; whiteBright: Formatter;
  bgBlack: Formatter; bgRed: Formatter; bgGreen: Formatter; bgYellow: Formatter; bgBlue: Formatter;
  bgMagenta: Formatter; bgCyan: Formatter; bgWhite: Formatter; bgGray: Formatter;
  rgb(r: number, g: number, b: number): Formatter;
  bgRgb(r: number, g: number, b: number): Formatter;
  hex(hex: string): Formatter;
  bgHex(hex: string): Formatter;
  strip(input: string): string;
}
export interface ColorOptions { level?: ColorLevel }
export declare function createColors(options?: ColorOptions): Colors;
export declare function detectLevel(stream?: { isTTY?: boolean }): ColorLevel;
export declare function rgbToAnsi256(r: number, g: number, b: number): number;
export declare function hexToRgb(hex: string): [number, number, number];
declare const colors: Colors;
export default colors;
