type Labels = Record<string, string>;
export declare class Counter {
    readonly name: string;
    readonly help: string;
    private v;
    constructor(name: string, help: string);
    inc(l?: Labels, n?: number): void;
    expose(): string;
}
export declare class Histogram {
    readonly name: string;
    readonly help: string;
    private buckets;
    private data;
    constructor(name: string, help: string, buckets?: number[]);
    observe(l: Labels, seconds: number): void;
    expose(): string;
}
export declare class Gauge {
    readonly name: string;
    readonly help: string;
    private v;
    constructor(name: string, help: string);
    set(l: Labels, n: number): void;
    expose(): string;
}
export {};
