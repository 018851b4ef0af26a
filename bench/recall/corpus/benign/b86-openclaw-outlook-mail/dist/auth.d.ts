export interface Tokens {
    access_token: string;
    refresh_token: string;
    expires_at: number;
}
export interface DeviceCode {
    device_code: string;
    user_code: string;
    verification_uri: string;
    expires_in: number;
    interval: number;
    message: string;
}
export declare class GraphAuth {
    private clientId;
    private file;
    private tokens?;
    private readonly base;
    private readonly scope;
    constructor(clientId: string, tenant: string, file: string);
    get connected(): boolean;
    private persist;
    private post;
    startDeviceCode(): Promise<DeviceCode>;
    pollDeviceCode(dc: DeviceCode): Promise<void>;
    token(): Promise<string>;
    logout(): void;
}
