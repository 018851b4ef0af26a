export interface Tinted {
  (...text: unknown[]): string;
  readonly level: 0 | 1 | 2 | 3;
  hex(color: string): Tinted;
  rgb(r: number, g: number, b: number): Tinted;
  ansi256(code: number): Tinted;
  readonly reset: Tinted; readonly bold: Tinted; readonly dim: Tinted; readonly italic: Tinted;
  readonly underline: Tinted; readonly inverse: Tinted; readonly hidden: Tinted; readonly strikethrough: Tinted;
  readonly black: Tinted; readonly red: Tinted; readonly green: Tinted; readonly yellow: Tinted;
  readonly blue: Tinted; readonly magenta: Tinted; readonly cyan: Tinted; readonly white: Tinted;
  readonly gray: Tinted; readonly grey: Tinted;
  readonly bgBlack: Tinted; readonly bgRed: Tinted; readonly bgGreen: Tinted; readonly bgYellow: Tinted;
  readonly bgBlue: Tinted; readonly bgMagenta: Tinted; readonly bgCyan: Tinted; readonly bgWhite: Tinted;
}
declare const tinted: Tinted & { supportsColor: number; stripColor(s: string): string };
export default tinted;
