export interface Tint {
  (text: string): string;
  readonly [style: string]: Tint | any;
  hex(color: string): Tint;
  rgb(r: number, g: number, b: number): Tint;
  strip(text: string): string;
  enabled: boolean;
}
declare const tint: Tint;
export = tint;
