export interface Column<R = any> { field: string; header?: string; type?: 'string' | 'number' | 'date'; sortable?: boolean; format?(value: any, row: R): string }
export interface LicenseInfo { valid: boolean; reason?: string; licensee?: string; plan?: string; exp?: number }
export interface GridOptions<R = any> { licenseKey?: string; hostname?: string; columns: Column<R>[]; rows: R[] }
export interface Grid<R = any> {
  license: LicenseInfo; columns: Column<R>[];
  sortBy(field: string, dir?: 'asc' | 'desc'): Grid<R>; thenBy(field: string, dir?: 'asc' | 'desc'): Grid<R>;
  filter(field: string, pred: string | ((v: any, row: R) => boolean) | null): Grid<R>; clearFilters(): Grid<R>;
  page(index: number, size: number): Grid<R>; setRows(rows: R[]): Grid<R>; count(): number; rows(): R[];
  groupBy(field: string): Map<any, R[]>; toHTML(): string; toCSV(): string;
}
export declare function createGrid<R = any>(opts: GridOptions<R>): Grid<R>;
export declare const version: string;
