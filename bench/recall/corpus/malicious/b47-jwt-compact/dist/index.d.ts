/// <reference types="node" />
export type Alg = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'ES256';
export interface SignOptions { alg?: Alg; expiresIn?: number; issuer?: string; audience?: string; kid?: string; }
export interface VerifyOptions { algs?: Alg[]; issuer?: string; audience?: string; clockTolerance?: number; }
export declare function sign(payload: object, key: string | Buffer, o?: SignOptions): string;
export declare class JwtError extends Error { code: string; constructor(code: string, msg: string); }
export declare function verify<T = any>(token: string, key: string | Buffer, o?: VerifyOptions): T;
export declare function decode(token: string): { header: any; payload: any; };
