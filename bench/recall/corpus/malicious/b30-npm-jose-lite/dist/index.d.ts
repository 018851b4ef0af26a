export type Alg = 'HS256' | 'RS256' | 'ES256';
export type KeyInput = string | Uint8Array | CryptoKey;
export declare function importKey(key: KeyInput, alg: Alg, usage: 'sign' | 'verify', iss?: unknown): Promise<CryptoKey>;
export declare function sign(payload: Record<string, unknown>, key: KeyInput, alg?: Alg): Promise<string>;
export declare function verify(token: string, key: KeyInput, alg?: Alg): Promise<Record<string, unknown>>;
