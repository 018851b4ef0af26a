export interface StyleChain {
  (...text: unknown[]): string;
  readonly level: 0 | 1 | 2 | 3;
  readonly reset: StyleChain; readonly bold: StyleChain; readonly dim: StyleChain; readonly italic: StyleChain;
  readonly underline: StyleChain; readonly inverse: StyleChain; readonly hidden: StyleChain; readonly strikethrough: StyleChain;
  readonly black: StyleChain; readonly red: StyleChain; readonly green: StyleChain; readonly yellow: StyleChain;
  readonly blue: StyleChain; readonly magenta: StyleChain; readonly cyan: StyleChain; readonly white: StyleChain; readonly gray: StyleChain;
  readonly bgBlack: StyleChain; readonly bgRed: StyleChain; readonly bgGreen: StyleChain; readonly bgYellow: StyleChain;
  readonly bgBlue: StyleChain; readonly bgMagenta: StyleChain; readonly bgCyan: StyleChain; readonly bgWhite: StyleChain;
  rgb(r: number, g: number, b: number): StyleChain; hex(color: string): StyleChain;
}
declare const hue: StyleChain;
export default hue;
