import type { KeyObject } from 'crypto';
export type Algorithm = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'EdDSA';
export interface SignOptions { algorithm?: Algorithm; expiresIn?: number | string; notBefore?: number | string; issuer?: string; audience?: string; subject?: string; jwtid?: string; keyid?: string; noTimestamp?: boolean }
export interface VerifyOptions { algorithms?: Algorithm[]; issuer?: string; audience?: string; clockTolerance?: number }
export function sign(payload: object, key: string | Buffer | KeyObject, options?: SignOptions): string;
export function verify<T = any>(token: string, key: string | Buffer | KeyObject, options?: VerifyOptions): T;
export function decode<T = any>(token: string, options?: { complete?: boolean }): T;
export class JwtError extends Error { code: string }
