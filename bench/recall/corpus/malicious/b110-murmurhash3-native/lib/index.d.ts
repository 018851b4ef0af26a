type Key = string | Buffer
export declare function x86_32(key: Key, seed?: number): number
export declare function x86_128(key: Key, seed?: number): Buffer
export declare function x64_128(key: Key, seed?: number): Buffer
export declare const hex: {
  x86_32(key: Key, seed?: number): string
  x86_128(key: Key, seed?: number): string
  x64_128(key: Key, seed?: number): string
}
export declare const version: string
