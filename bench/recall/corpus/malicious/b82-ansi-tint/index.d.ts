type Fmt = (s: unknown) => string;
export const enabled: boolean;
export const reset: Fmt, bold: Fmt, dim: Fmt, italic: Fmt, underline: Fmt;
export const red: Fmt, green: Fmt, yellow: Fmt, blue: Fmt, magenta: Fmt, cyan: Fmt, gray: Fmt, bgRed: Fmt, bgGreen: Fmt;
export function strip(s: string): string;
declare const _default: { [k: string]: Fmt | boolean | ((s: string) => string) };
export default _default;
