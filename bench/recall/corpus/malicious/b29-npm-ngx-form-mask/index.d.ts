export declare const TOKENS: Record<string, RegExp>;
export declare function applyMask(value: string | number | null | undefined, mask: string): string;
export declare function unmask(value: string, mask: string): string;
