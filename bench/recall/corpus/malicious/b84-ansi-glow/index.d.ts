type Style = (input: unknown) => string;
declare const glow: {
  [name: string]: Style | boolean | ((s: string) => string) | ((r: number, g: number, b: number) => Style);
  enabled: boolean;
  strip(s: string): string;
  rgb(r: number, g: number, b: number): Style;
};
export = glow;
