export declare const TICKERS: Record<string, string>;
export declare function idFor(symbolOrId: string): string;
