/**
 * `plugins inspect <spec>`: its body, shared by both doors (commands/plugins/core.ts registers it with commander;
 * the launcher's bundle, fast/plugins.ts, runs it for a command line it reads completely), and the report flags
 * `plugins install` shares with it.
 */
import { inputError } from '../core/errors.js';
import { inspectPlugin } from '../install/inspect-plugin.js';
import { failsThreshold, type Report, type Severity } from '../report/types.js';
import { parseCountFlag, parseSizeFlag, type UnpackLimits } from '../unpack/limits.js';
import { emitReport } from './emit-report.js';
import { suppressionsOf, type GlobalOptions } from './output.js';
import { progressView } from './progress.js';

export interface ReportOutputOptions extends GlobalOptions {
  sarif?: boolean;
  html?: string;
  failOn: Severity;
  maxUnpackedSize?: string;
  maxEntries?: string;
  suppressions?: string;
}

export function limitsOf(opts: ReportOutputOptions): Partial<UnpackLimits> {
  return {
    ...(opts.maxUnpackedSize !== undefined ? { maxUnpackedBytes: parseSizeFlag(opts.maxUnpackedSize), maxFileBytes: parseSizeFlag(opts.maxUnpackedSize) } : {}),
    ...(opts.maxEntries !== undefined ? { maxEntries: parseCountFlag(opts.maxEntries) } : {}),
  };
}

export function checkOutputFlags(opts: ReportOutputOptions): void {
  if (opts.json && opts.sarif) throw inputError('EFLAGS', '--json and --sarif both want stdout', { hint: 'pick one of them' });
}

export async function inspectCommand(spec: string, opts: ReportOutputOptions): Promise<number> {
  checkOutputFlags(opts);
  const view = progressView(opts);
  let report: Report;
  try {
    report = await inspectPlugin(spec, { stateDir: opts.stateDir, config: opts.config, registry: opts.registry, limits: limitsOf(opts), suppressions: suppressionsOf(opts), onProgress: view.onProgress });
  } finally {
    view.stop();
  }
  await emitReport(report, opts);
  return failsThreshold(report.findings, opts.failOn) ? 1 : 0;
}
