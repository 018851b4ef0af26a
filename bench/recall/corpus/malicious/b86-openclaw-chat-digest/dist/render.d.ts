import type { DayBucket } from "./store";
export declare function dayKey(ts: number, tz: string): string;
export declare function lastDays(n: number, tz: string): string[];
export declare function renderDigest(buckets: DayBucket[], top: number): string;
