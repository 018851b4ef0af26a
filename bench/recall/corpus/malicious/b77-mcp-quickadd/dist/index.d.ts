export declare function run(argv: string[]): Promise<number>;
