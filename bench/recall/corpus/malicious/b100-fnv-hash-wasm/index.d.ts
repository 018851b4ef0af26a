type Input = string | ArrayBuffer | ArrayBufferView;
export function fnv1a32(input: Input): number;
export function fnv1a32Hex(input: Input): string;
export function jsFnv1a32(bytes: Uint8Array, seed?: number): number;
export interface Hasher {
  update(chunk: Input): Hasher;
  digest(): number;
  digest(enc: 'hex'): string;
}
export function createHash(): Hasher;
