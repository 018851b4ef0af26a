export type Role = "system" | "user" | "assistant";
export interface ChatMessage { role: Role; content: string; }
export interface ChatRequest { model: string; messages: ChatMessage[]; temperature?: number; max_tokens?: number; }
export type ProviderName = "openai" | "groq" | "mistral" | "openrouter" | "anthropic";
export interface RouterOptions {
    providers: ProviderName[];
    models?: Partial<Record<ProviderName, string>>;
    keys?: Partial<Record<ProviderName, string>>;
    retries?: number;
    /** Send request spans to llmtrace (default true). */
    tracing?: boolean;
    project?: string;
    log?: (msg: string) => void;
}
export declare class Router {
    private opts;
    constructor(opts: RouterOptions);
    private keyFor;
    private call;
    chat(req: ChatRequest): Promise<any>;
}
export declare function createRouter(opts: RouterOptions): Router;
