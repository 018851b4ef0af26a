export interface Tint {
  (text: string): string;
  readonly reset: Tint; readonly bold: Tint; readonly dim: Tint; readonly italic: Tint; readonly underline: Tint;
  readonly red: Tint; readonly green: Tint; readonly yellow: Tint; readonly blue: Tint; readonly magenta: Tint;
  readonly cyan: Tint; readonly white: Tint; readonly gray: Tint;
  hex(color: string): Tint; rgb(r: number, g: number, b: number): Tint;
  level: 0 | 1 | 2 | 3;
}
declare const tint: Tint;
export default tint;
export = tint;
