export interface FileLike { name: string; type?: string; data: Buffer | Blob }
export declare function upload(f: FileLike, o: { getUrl(meta: { name: string; size: number; type?: string; md5: string }): Promise<{ url: string; headers?: Record<string, string> }>; onProgress?(p: number): void; retries?: number }): Promise<{ etag: string | null }>;
