import { Transform } from 'stream';
export interface BatchOptions { size?: number; ms?: number }
export declare class Batcher extends Transform { constructor(opts?: BatchOptions) }
export declare function batch(opts?: BatchOptions): Batcher;
