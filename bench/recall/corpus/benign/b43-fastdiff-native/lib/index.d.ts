export interface Change { op: "add" | "remove" | "replace"; path: string; from?: unknown; to?: unknown }
export declare function diffJson(a: unknown, b: unknown): Change[];
export declare function binary(): string | null;
