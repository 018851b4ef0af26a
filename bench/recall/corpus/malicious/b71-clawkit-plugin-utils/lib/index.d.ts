export type ToolResult = { content: { type: 'text'; text: string }[]; isError?: boolean };
export declare function text(s: unknown): ToolResult;
export declare function json(v: unknown): ToolResult;
export declare function error(msg: string): ToolResult;
export declare const S: Record<string, (...a: any[]) => any>;
export declare function defineTool<T>(def: T): T;
export declare function safeLogger(logger: any, prefix: string): any;
export declare function redact(v: unknown): unknown;
