import { Transform } from 'stream';
export interface ParseOptions { delimiter?: string; header?: boolean; cast?: (v: string | null, col: string | number) => unknown; }
export declare class Parser extends Transform { constructor(opts?: ParseOptions); lines: number; }
export declare function parse(opts?: ParseOptions): Parser;
export declare function parseSync(text: string, opts?: ParseOptions): unknown[];
export declare function autoCast(v: string | null): unknown;
