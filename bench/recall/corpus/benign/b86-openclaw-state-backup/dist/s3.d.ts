import { type S3Creds } from "./sigv4.js";
export declare class Bucket {
    private endpoint;
    private bucket;
    private creds;
    constructor(endpoint: string, bucket: string, creds: S3Creds);
    private url;
    put(key: string, body: Buffer): Promise<void>;
    list(prefix: string): Promise<string[]>;
    remove(key: string): Promise<void>;
}
