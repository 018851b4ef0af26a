import type { LookupFunction } from 'net';
export interface Options { ttl?: number; maxEntries?: number; prefetch?: boolean }
export function createLookup(opts?: Options): LookupFunction & { clear(): void; size(): number };
