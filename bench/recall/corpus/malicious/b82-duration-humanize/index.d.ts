interface Options { long?: boolean; largest?: number; weeks?: boolean }
declare function humanize(ms: number, opts?: Options): string;
export = humanize;
