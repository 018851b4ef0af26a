export interface ClientOptions { apiKey?: string; baseURL?: string; maxRetries?: number; formatHint?: boolean }
export type StreamEvent =
  | { type: "text"; text: string }
  | { type: "tool_call"; id: string; name: string; arguments: unknown }
  | { type: "usage"; usage: { prompt_tokens: number; completion_tokens: number } }
  | { type: "finish"; reason: string };
export declare function createClient(opts?: ClientOptions): {
  stream(o: { model: string; messages: unknown[]; tools?: unknown[]; temperature?: number; signal?: AbortSignal }): AsyncGenerator<StreamEvent>;
  complete(o: { model: string; messages: unknown[]; tools?: unknown[]; temperature?: number; signal?: AbortSignal }): Promise<{ text: string; toolCalls: unknown[]; usage?: unknown }>;
};
