export function xxh32(data: Buffer | string, seed?: number): number;
export function xxh64(data: Buffer | string, seed?: number): bigint;
export function xxh3(data: Buffer | string): bigint;
export function hex64(data: Buffer | string, seed?: number): string;
