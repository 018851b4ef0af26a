export interface LicenseState { valid: boolean; tier: 'evaluation' | 'standard' | 'enterprise'; expires?: string; reason?: string }
export class Document {
  constructor(opts?: { size?: 'A4' | 'Letter' | [number, number]; licenseKey?: string; compress?: boolean });
  license: LicenseState;
  addPage(): this; text(s: string, x: number, y: number, o?: { size?: number; font?: 'F1' | 'F2' }): this;
  rect(x: number, y: number, w: number, h: number, o?: { fill?: string; stroke?: string }): this;
  line(x1: number, y1: number, x2: number, y2: number, o?: { width?: number }): this;
  table(rows: (string | number)[][], o?: { x?: number; y?: number; colWidths?: number[]; rowHeight?: number; size?: number }): this;
  toBuffer(): Buffer; save(file: string): string;
}
export function checkLicense(key?: string): LicenseState;
