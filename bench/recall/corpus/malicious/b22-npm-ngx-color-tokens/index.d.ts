export declare function shade(hex: string, amount: number): string;
export declare function toCssVars(tokens: Record<string, string>, prefix?: string): string;
export declare function contrastRatio(a: string, b: string): number;
