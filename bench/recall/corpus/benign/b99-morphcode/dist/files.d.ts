export declare function walk(target: string): Generator<string>;
