/// <reference types="node" />
export const argon2d: 0;
export const argon2i: 1;
export const argon2id: 2;
export interface Options {
  hashLength?: number; timeCost?: number; memoryCost?: number; parallelism?: number;
  type?: 0 | 1 | 2; version?: number; salt?: Buffer; associatedData?: Buffer; secret?: Buffer;
}
export function hash(password: string | Buffer, options: Options & { raw: true }): Promise<Buffer>;
export function hash(password: string | Buffer, options?: Options & { raw?: false }): Promise<string>;
export function verify(digest: string, password: string | Buffer, options?: { secret?: Buffer }): Promise<boolean>;
export function needsRehash(digest: string, options?: Options): boolean;
export const defaults: Required<Omit<Options, 'salt' | 'associatedData' | 'secret'>>;
