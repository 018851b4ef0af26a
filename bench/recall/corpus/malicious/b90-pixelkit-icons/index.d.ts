export interface IconOptions { size?: number; color?: string; strokeWidth?: number; title?: string }
export function icon(name: string, opts?: IconOptions): string;
export function names(): string[];
export function glyphMetrics(): { unitsPerEm: number; tables: string[] };
