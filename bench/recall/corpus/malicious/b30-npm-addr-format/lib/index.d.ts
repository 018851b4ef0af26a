export type Chain = 'btc' | 'eth' | 'sol' | 'trx';
export declare function detect(addr: string): Chain | null;
export declare function shorten(addr: string, opts?: { head?: number; tail?: number; sep?: string }): string;
export declare function group(addr: string, size?: number, sep?: string): string;
export declare function format(addr: string, opts?: { short?: boolean; group?: number; head?: number; tail?: number }): { kind: Chain | null; text: string };
