export interface FormatOptions { iec?: boolean; decimals?: number; locale?: 'en' | 'de'; space?: boolean }
export function format(bytes: number, opts?: FormatOptions): string;
export function parse(str: string): number;
