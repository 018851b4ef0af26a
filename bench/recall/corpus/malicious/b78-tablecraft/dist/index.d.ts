export type Align = 'left' | 'right' | 'center';
export interface TableOptions {
  border?: 'single' | 'double' | 'rounded' | 'ascii' | 'none';
  align?: Align | Align[];
  header?: boolean;
  padding?: number;
  color?: boolean;
}
export declare function table(rows: unknown[][], options?: TableOptions): string;
export declare function stringWidth(s: string): number;
export declare const borders: Record<string, Record<string, string>>;
