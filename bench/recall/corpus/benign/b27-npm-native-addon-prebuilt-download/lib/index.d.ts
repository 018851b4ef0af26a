export declare function parse(text: string): string[][];
export declare const isNative: boolean;
