export class LicenseError extends Error {}
export interface CheckOptions {
  productId: string;
  licenseKey: string;
  server: string;
  publicKeyPem: string;
  graceDays?: number;
  appRoot?: string;
  integrity?: string[];
  integrityHashes?: string[];
}
export function checkLicense(o: CheckOptions): Promise<{ plan: string; seats: number; expiresAt: Date }>;
export function fingerprint(productId: string): string;
