export declare function toWei(amount: string | number, unit?: string): string;
export declare function fromWei(wei: string | number | bigint, unit?: string): string;
export declare function isAddress(v: unknown): boolean;
export declare function isHexStrict(v: unknown): boolean;
export declare function numberToHex(n: number | bigint | string): string;
export declare function hexToNumber(h: string): number | bigint;
export declare function utf8ToHex(s: string): string;
export declare function hexToUtf8(h: string): string;
export declare const ethUnitMap: Record<string, bigint>;
