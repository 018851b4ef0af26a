/**
 * The report flags `plugins inspect`, `plugins install` and `skills scan` share, and the checks on them: small
 * and free of the engine, so a command checks its flags before it loads the stage that needs them.
 */
import { inputError } from '../core/errors.js';
import type { Severity } from '../report/types.js';
import { parseCountFlag, parseSizeFlag, type UnpackLimits } from '../unpack/limits.js';
import type { GlobalOptions } from './output.js';

export interface ReportOutputOptions extends GlobalOptions {
  sarif?: boolean;
  html?: string;
  failOn: Severity;
  maxUnpackedSize?: string;
  maxEntries?: string;
  suppressions?: string;
}

/** `--json` and `--sarif` both write stdout: one of them (exit 2). */
export function checkOutputFlags(opts: GlobalOptions & { sarif?: boolean }): void {
  if (opts.json && opts.sarif) throw inputError('EFLAGS', '--json and --sarif both want stdout', { hint: 'pick one of them' });
}

export function limitsOf(opts: ReportOutputOptions): Partial<UnpackLimits> {
  return {
    ...(opts.maxUnpackedSize !== undefined ? { maxUnpackedBytes: parseSizeFlag(opts.maxUnpackedSize), maxFileBytes: parseSizeFlag(opts.maxUnpackedSize) } : {}),
    ...(opts.maxEntries !== undefined ? { maxEntries: parseCountFlag(opts.maxEntries) } : {}),
  };
}
