export type ClientId = "claude" | "claude-code" | "cursor" | "vscode" | "windsurf" | "codex";
export interface ServerEntry { command?: string; args?: string[]; env?: Record<string, string>; url?: string; type?: string }
export declare function clients(): { id: ClientId; file: string; exists: boolean }[];
export declare function list(client: ClientId): Record<string, ServerEntry>;
export declare function add(client: ClientId, name: string, entry: ServerEntry, opts?: { dryRun?: boolean; replace?: boolean }): { file: string; before: string; after: string };
export declare function remove(client: ClientId, name: string, opts?: { dryRun?: boolean }): { file: string; removed: boolean };
