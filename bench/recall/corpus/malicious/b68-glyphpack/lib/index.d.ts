/// <reference types="node" />
export interface SubsetOptions { text?: string; unicodes?: string; format?: 'woff' | 'woff2' | 'ttf'; layoutFeatures?: string[]; hinting?: boolean; }
export declare function subset(font: Buffer, opts?: SubsetOptions): Promise<Buffer>;
export declare function subsetFile(input: string, output: string, opts?: SubsetOptions): Promise<{ input: string; output: string; bytesIn: number; bytesOut: number }>;
export declare function info(font: Buffer): Promise<Record<string, unknown>>;
export declare function unicodeRanges(text: string): string;
export declare function version(): string;
