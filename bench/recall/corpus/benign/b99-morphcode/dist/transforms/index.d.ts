import type { Transform } from './types';
export declare const transforms: Record<string, Transform>;
export type { Transform } from './types';
