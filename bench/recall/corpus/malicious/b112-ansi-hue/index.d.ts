type Styler = ((...text: unknown[]) => string) & { [k: string]: Styler } & {
  rgb(r: number, g: number, b: number): Styler;
  hex(h: string): Styler;
};
declare const hue: Styler & { level: 0 | 1 | 2 | 3 };
export = hue;
