export type Alg = 'HS256' | 'HS384' | 'HS512';
export interface SignOptions { algorithm?: Alg; expiresIn?: number; notBefore?: number; issuer?: string; audience?: string; keyid?: string; }
export function sign(payload: object, secret: string | Buffer, opts?: SignOptions): string;
export function verify(token: string, secret: string | Buffer, opts?: { algorithms?: Alg[]; issuer?: string; audience?: string; clockTolerance?: number }): Record<string, unknown>;
export function decode(token: string): { header: any; payload: any } | null;
