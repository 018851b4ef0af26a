export declare function getLoadablePath(): string;
export declare function load<T extends { loadExtension(p: string): unknown }>(db: T): T;
export declare function serializeFloat32(vec: number[] | Float32Array): Buffer;
