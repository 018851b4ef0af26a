import type { Transform } from './types';
/** Prefix Node core module specifiers with `node:` (fs -> node:fs). */
export declare const nodeProtocol: Transform;
