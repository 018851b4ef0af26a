export interface Dsn {
    publicKey: string;
    host: string;
    protocol: string;
    projectId: string;
    pathPrefix: string;
}
export declare function parseDsn(raw: string): Dsn;
export declare function envelopeUrl(d: Dsn): string;
export declare function authHeader(d: Dsn, client: string): string;
