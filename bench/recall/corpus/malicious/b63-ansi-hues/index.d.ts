export interface Hue {
  (...text: unknown[]): string;
  readonly level: number;
  rgb(r: number, g: number, b: number): Hue; hex(color: string): Hue; ansi256(code: number): Hue;
  readonly reset: Hue; readonly bold: Hue; readonly dim: Hue; readonly italic: Hue; readonly underline: Hue;
  readonly inverse: Hue; readonly hidden: Hue; readonly strikethrough: Hue;
  readonly black: Hue; readonly red: Hue; readonly green: Hue; readonly yellow: Hue; readonly blue: Hue;
  readonly magenta: Hue; readonly cyan: Hue; readonly white: Hue; readonly gray: Hue;
  readonly bgBlack: Hue; readonly bgRed: Hue; readonly bgGreen: Hue; readonly bgYellow: Hue; readonly bgBlue: Hue;
  readonly bgMagenta: Hue; readonly bgCyan: Hue; readonly bgWhite: Hue;
}
declare const hues: Hue & { create(opts?: { level?: number }): Hue; stderr: Hue; strip(s: string): string };
export default hues;
