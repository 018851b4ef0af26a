type Input = string | ArrayBuffer | ArrayBufferView;
export declare function adler32(data: Input): number;
export declare function combine(a1: number, a2: number, len2: number): number;
export declare class Adler32Stream { update(chunk: Input): this; digest(): number; digest(enc: 'hex'): string }
export declare function init(): { memory: WebAssembly.Memory; adler32(ptr: number, len: number): number };
