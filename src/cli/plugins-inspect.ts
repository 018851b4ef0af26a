/**
 * `plugins inspect <spec>`: its body, shared by both doors (commands/plugins/core.ts registers it with commander;
 * the launcher's bundle, fast/plugins.ts, runs it for a command line it reads completely), and the report flags
 * `plugins install` shares with it.
 */
import { inspectPlugin } from '../install/inspect-plugin.js';
import { failsThreshold, type Report } from '../report/types.js';
import { emitReport } from './emit-report.js';
import { suppressionsOf } from './output.js';
import { progressView } from './progress.js';
import { checkOutputFlags, limitsOf, type ReportOutputOptions } from './report-flags.js';

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
