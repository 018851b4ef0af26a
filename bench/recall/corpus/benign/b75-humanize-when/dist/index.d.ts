export type Style = 'long' | 'short' | 'narrow';
export interface Options { locale?: string; style?: Style; now?: number | Date; numeric?: 'always' | 'auto' }
export declare function defaultLocale(): string;
export declare function when(date: number | string | Date, opts?: Options): string;
