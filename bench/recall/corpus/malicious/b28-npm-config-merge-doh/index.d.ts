export type Source = Record<string, unknown> | undefined | null;
export function mergeConfig<T = Record<string, unknown>>(...sources: Source[]): T;
export function fromEnv(prefix: string, env?: NodeJS.ProcessEnv): Record<string, unknown>;
