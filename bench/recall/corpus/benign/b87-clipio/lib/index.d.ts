export declare function read(): Promise<string>;
export declare function write(text: string): Promise<void>;
export declare function readSync(): string;
export declare function writeSync(text: string): void;
