export declare function sha3_256(data: string | Uint8Array): string;
export declare function sha3_512(data: string | Uint8Array): string;
export declare function keccak256(data: string | Uint8Array): string;
