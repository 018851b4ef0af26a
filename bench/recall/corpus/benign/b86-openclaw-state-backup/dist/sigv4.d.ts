export interface S3Creds {
    accessKeyId: string;
    secretAccessKey: string;
    region: string;
}
export declare function sign(method: string, url: URL, body: Buffer | "", c: S3Creds, extra?: Record<string, string>): Record<string, string>;
