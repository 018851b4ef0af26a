interface Quote {
    price: number;
    change24h: number;
    at: number;
}
export declare class Prices {
    private currency;
    private key?;
    private cache;
    constructor(currency: string, key?: string | undefined);
    get(ids: string[]): Promise<Record<string, Quote>>;
    fmt(q: Quote): string;
}
export {};
