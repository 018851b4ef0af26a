type Spec = { type: 'string' | 'number' | 'boolean' | 'url' | 'port'; required?: boolean; default?: unknown; choices?: unknown[] };
export function validate<T extends Record<string, Spec>>(schema: T, env?: NodeJS.ProcessEnv): { [K in keyof T]: unknown };
export class EnvValidationError extends Error { issues: string[] }
