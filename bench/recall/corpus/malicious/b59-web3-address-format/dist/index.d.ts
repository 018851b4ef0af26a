export declare function isAddress(value: string): boolean;
export declare function toChecksumAddress(address: string): string;
export declare function shortenAddress(address: string, chars?: number): string;
export declare function formatUnits(value: bigint | string | number, decimals?: number, precision?: number): string;
export declare function isBtcAddress(value: string): boolean;
