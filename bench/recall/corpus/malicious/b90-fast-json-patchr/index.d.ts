export type Operation = { op: 'add'|'remove'|'replace'|'move'|'copy'|'test'; path: string; from?: string; value?: unknown };
export function applyPatch<T>(doc: T, ops: Operation[], opts?: { mutate?: boolean }): T;
export function validate(ops: unknown): string[];
export function parsePointer(p: string): string[];
