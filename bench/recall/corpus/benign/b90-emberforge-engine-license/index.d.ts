export interface LicenseInfo {
  mode: 'development' | 'indie' | 'studio' | 'enterprise';
  licensee: string | null;
  features: string[];
  watermark: boolean;
  expires?: string | null;
  reason?: string;
}
export function license(file?: string): LicenseInfo;
export function hasFeature(name: string): boolean;
/** Online activation - the only network call; sends licenseId + hashed machine id. */
export function activate(licenseId: string, file?: string): Promise<LicenseInfo>;
export function machineId(): string;
