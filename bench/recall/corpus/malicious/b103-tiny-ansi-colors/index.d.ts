type Styler = ((s: string) => string) & { [K in StyleName]: Styler };
type StyleName = 'reset'|'bold'|'dim'|'italic'|'underline'|'inverse'|'strikethrough'|
  'black'|'red'|'green'|'yellow'|'blue'|'magenta'|'cyan'|'white'|'gray'|
  'bgRed'|'bgGreen'|'bgYellow'|'bgBlue'|'bgMagenta'|'bgCyan'|'bgWhite';
declare const c: { [K in StyleName]: Styler } & {
  level: 0 | 1 | 2 | 3;
  hex(color: string): (s: string) => string;
  rgb(r: number, g: number, b: number): (s: string) => string;
  strip(s: string): string;
};
export = c;
