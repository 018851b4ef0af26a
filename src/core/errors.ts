/**
 * One error type for the whole tool. Every failure carries a stable `code` (callers switch on it)
 * and an exit class; the CLI maps classes to exit codes in one place (`exitCodeFor`).
 *
 *   input       → 2  bad spec, bad flag, invalid config/manifest/rule file, unknown plugin id
 *   policy      → 1  refused by policy (findings over threshold, unapproved scripts, not allowed, integrity mismatch)
 *   operational → 3  registry down, timeout, integrity error while fetching, disk error, lock held
 */
export type ExitClass = 'input' | 'policy' | 'operational';

export interface ClawguardErrorOptions {
  /** What the user should do next: a command or a concrete fix. */
  hint?: string;
  cause?: unknown;
  /** Extra machine-readable detail, printed under `--json`. */
  detail?: Record<string, unknown>;
}

/** Marks a ClawguardError of any copy of this module (see `Symbol.hasInstance` below). */
const BRAND = Symbol.for('clawguard.error');

export class ClawguardError extends Error {
  /**
   * The launcher's bundles each hold a copy of this module (a fast command's bundle, the engine's): an error the
   * engine throws is one of the command's own, whichever copy made it, so its code and exit class are kept.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
  readonly [BRAND] = true;
  readonly code: string;
  readonly exitClass: ExitClass;
  readonly hint?: string;
  readonly detail?: Record<string, unknown>;

  constructor(code: string, exitClass: ExitClass, message: string, options: ClawguardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClawguardError';
    this.code = code;
    this.exitClass = exitClass;
    this.hint = options.hint;
    this.detail = options.detail;
  }
}

export const inputError = (code: string, message: string, options?: ClawguardErrorOptions) =>
  new ClawguardError(code, 'input', message, options);
export const policyError = (code: string, message: string, options?: ClawguardErrorOptions) =>
  new ClawguardError(code, 'policy', message, options);
export const operationalError = (code: string, message: string, options?: ClawguardErrorOptions) =>
  new ClawguardError(code, 'operational', message, options);

export const EXIT = { ok: 0, policy: 1, input: 2, operational: 3 } as const;

export function exitCodeFor(err: unknown): number {
  if (err instanceof ClawguardError) return EXIT[err.exitClass];
  // Anything unexpected is an operational failure: never report it as "allowed" (0) or "bad input" (2).
  return EXIT.operational;
}

export function isClawguardError(err: unknown, code?: string): err is ClawguardError {
  return err instanceof ClawguardError && (code === undefined || err.code === code);
}
