export interface ValidateResult { valid: boolean; code: string; detail?: string; expiry?: string | null; licenseId?: string }
export declare function validateKey(opts: { account: string; key: string; scope?: { fingerprint?: string; product?: string }; timeoutMs?: number }): Promise<ValidateResult>;
export declare function verifyLicenseFile(cert: string, opts: { publicKey: string }): { data: any; issued: string; expiry: string | null };
export declare function fingerprint(): string;
export declare function clearCache(): void;
