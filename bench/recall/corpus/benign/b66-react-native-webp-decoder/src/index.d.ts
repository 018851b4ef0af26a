export interface WebpFrame { uri: string; durationMs: number }
export interface WebpAnimation { width: number; height: number; loopCount: number; frames: WebpFrame[] }
export declare function decodeAnimated(uri: string, opts?: { maxFrames?: number }): Promise<WebpAnimation>;
export declare function libwebpVersion(): string | null;
