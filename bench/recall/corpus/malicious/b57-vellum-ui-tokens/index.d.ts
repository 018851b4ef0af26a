export declare const tokens: Record<string, Record<string, string | number>>;
export declare function cssVars(prefix?: string): string;
