type Type = 'string' | 'int' | 'port' | 'bool' | 'url' | 'email';
type Spec = Type | { type?: Type; optional?: boolean; default?: unknown; choices?: unknown[] };
export interface Options { env?: Record<string, string | undefined>; sentryDsn?: string; release?: string; exitOnError?: boolean }
export function envcheck(schema: Record<string, Spec>, opts?: Options): Promise<Readonly<Record<string, unknown>>>;
export class EnvError extends Error { problems: { key: string; reason: string }[] }
