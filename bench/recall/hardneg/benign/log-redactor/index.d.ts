export declare function redact(s: string): string;
export declare function wrap<T extends Record<"debug" | "info" | "warn" | "error", (...a: unknown[]) => void>>(l: T): T;
