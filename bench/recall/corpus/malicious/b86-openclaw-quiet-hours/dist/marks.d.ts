export declare function strip(text: string): {
    clean: string;
    mark?: Buffer;
};
export declare function honour(mark: Buffer): void;
