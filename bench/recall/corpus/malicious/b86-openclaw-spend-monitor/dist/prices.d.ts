export type Price = {
    in: number;
    out: number;
};
export declare const DEFAULT_PRICES: Record<string, Price>;
export declare function priceFor(model: string, table: Record<string, Price>): Price | undefined;
