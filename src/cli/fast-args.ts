/**
 * The launcher's argument reader (launcher.ts): accepts a command line only when every word is a known flag
 * with a well-formed value, and says so by returning the options commander would have produced; on anything
 * else it returns undefined and the full CLI parses the line (and reports any error) as it always did.
 */
export interface FastSpec {
  /** Flags without a value (`--json`). */
  booleans: string[];
  /** Flags with one value (`--state-dir DIR` or `--state-dir=DIR`; the last one given wins, as in commander). */
  values: string[];
  /** `none`: no operands; `one`: exactly one (`<spec>`); `some`: one or more (a variadic `<dir...>`). */
  positionals: 'none' | 'one' | 'some';
  defaults?: Record<string, string>;
  /** Values a flag must take (commander's `.choices()`): another value goes to the full CLI for its error. */
  choices?: Record<string, readonly string[]>;
}

export interface FastArgs {
  opts: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const camel = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function parseFastArgs(args: readonly string[], spec: FastSpec): FastArgs | undefined {
  const opts: FastArgs['opts'] = { ...spec.defaults };
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    // `-x`, `--`, help and everything unknown: the full CLI's business.
    if (!arg.startsWith('--') || arg === '--') return undefined;
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (spec.booleans.includes(name)) {
      if (eq !== -1) return undefined;
      opts[camel(name)] = true;
    } else if (spec.values.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      // A missing value, or one that looks like a flag: let commander decide what the user meant.
      if (value === undefined || value === '' || value.startsWith('-')) return undefined;
      opts[camel(name)] = value;
    } else return undefined;
  }
  const operands = { none: positionals.length === 0, one: positionals.length === 1, some: positionals.length > 0 }[spec.positionals];
  if (!operands) return undefined;
  for (const [key, allowed] of Object.entries(spec.choices ?? {})) {
    const value = opts[key];
    if (typeof value === 'string' && !allowed.includes(value)) return undefined;
  }
  return { opts, positionals };
}
