export interface SpecOptions<T> {
  default?: T;
  optional?: boolean;
  secret?: boolean;
  description?: string;
}

export interface Spec<T> {
  kind: string;
  opts: SpecOptions<T>;
  parse(raw: string): T;
}

export class EnvError extends Error {
  constructor(public problems: { key: string; message: string }[]) {
    super(`env-guard: ${problems.length} problem${problems.length === 1 ? '' : 's'} in environment\n` +
      problems.map((p) => `  ${p.key.padEnd(14)}${p.message}`).join('\n'));
    this.name = 'EnvError';
  }
}

function make<T>(kind: string, parse: (raw: string) => T) {
  return (opts: SpecOptions<T> = {}): Spec<T> => ({ kind, opts, parse });
}

export const str = make<string>('string', (raw) => raw);

export const num = make<number>('number', (raw) => {
  const n = Number(raw);
  if (raw.trim() === '' || Number.isNaN(n)) throw new Error(`"${raw}" is not a number`);
  return n;
});

export const int = make<number>('integer', (raw) => {
  if (!/^-?\d+$/.test(raw.trim())) throw new Error(`"${raw}" is not an integer`);
  return parseInt(raw, 10);
});

export const port = make<number>('port', (raw) => {
  const n = parseInt(raw, 10);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) throw new Error(`"${raw}" is not a port`);
  return n;
});

export const bool = make<boolean>('boolean', (raw) => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  throw new Error(`"${raw}" is not a boolean`);
});

export const url = make<string>('URL', (raw) => {
  try {
    return new URL(raw).toString();
  } catch {
    throw new Error(`"${raw}" is not a URL`);
  }
});

export const email = make<string>('email', (raw) => {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) throw new Error(`"${raw}" is not an email`);
  return raw;
});

export const json = make<unknown>('JSON', (raw) => {
  try {
    return JSON.parse(raw);
  } catch {
    throw new Error('is not valid JSON');
  }
});

export function oneOf<T extends string>(values: readonly T[], opts: SpecOptions<T> = {}): Spec<T> {
  return {
    kind: `one of ${values.join('|')}`,
    opts,
    parse(raw: string) {
      if (!values.includes(raw as T)) throw new Error(`"${raw}" is not one of ${values.join(', ')}`);
      return raw as T;
    }
  };
}
