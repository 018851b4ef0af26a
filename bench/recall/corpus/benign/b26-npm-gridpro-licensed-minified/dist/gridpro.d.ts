export interface Column { field: string; header: string }
export interface GridOptions<T = any> { rows?: T[]; columns?: Column[]; pageSize?: number; licenseKey?: string }
export interface LicenseResult { valid: boolean; reason?: string; license?: { org: string; seats: number; exp?: number } }
export declare class Grid<T = any> {
  constructor(opts?: GridOptions<T>);
  license: LicenseResult;
  sortBy(field: string | null, dir?: 'asc' | 'desc'): this;
  filterBy(field: string, value: unknown): this;
  setPage(page: number): this;
  view(): { rows: T[]; total: number; pages: number; page: number; watermark: boolean };
  toCSV(): string;
}
export declare function verifyLicense(key?: string): LicenseResult;
export declare const version: string;
