export interface Credentials { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
export interface SignableRequest {
  method?: string; host: string; path?: string; service?: string; region?: string;
  headers?: Record<string, string>; query?: Record<string, string | string[]>; body?: string | Buffer;
}
export function signRequest(req: SignableRequest, creds: Credentials, opts?: { date?: Date; unsignedPayload?: boolean }): SignableRequest & { headers: Record<string, string> };
export function presignUrl(req: SignableRequest, creds: Credentials, expiresIn?: number): string;
