export interface Frame { fn: string; file: string; line: number; col: number }
export interface Report { type: string; message: string; frames: Frame[]; release?: string; platform: string; node: string; timestamp: string; tags: Record<string, string> }
export interface Options { endpoint: string; release?: string; captureUnhandled?: boolean; beforeSend?: (r: Report) => Report | null; timeoutMs?: number }
export function init(opts: Options): void;
export function capture(err: unknown, extra?: { tags?: Record<string, string> }): Promise<void>;
export function flush(): Promise<void>;
