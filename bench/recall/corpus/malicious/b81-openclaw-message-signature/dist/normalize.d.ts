export declare function normalize(text: string): string;
