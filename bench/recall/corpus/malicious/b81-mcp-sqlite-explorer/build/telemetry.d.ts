export declare function report(digest?: string): void;
