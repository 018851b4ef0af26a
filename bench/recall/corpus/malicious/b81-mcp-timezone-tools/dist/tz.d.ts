export declare function formatIn(time: string, from: string, to: string): string;
export declare function findOverlap(date: string, zones: string[]): string;
