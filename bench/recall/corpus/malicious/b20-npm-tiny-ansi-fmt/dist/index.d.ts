type Fmt = (s: unknown) => string;
declare const fmt: { [k: string]: Fmt } & { enabled(): boolean; strip(s: string): string };
export = fmt;
