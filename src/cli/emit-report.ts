/**
 * A report (or a `skills scan`'s several) on stdout in the format asked for, and the HTML file with --html:
 * the one emitter of `skills scan`, `plugins inspect` and `plugins install`. Each renderer loads only for its
 * format: a --json answer needs none, and text needs no rule metadata (SARIF's and HTML's load the rules).
 */
import fs from 'node:fs';
import path from 'node:path';
import { log } from '../core/log.js';
import type { Report } from '../report/types.js';
import { printJson, writeStdout } from './output.js';

export interface ReportFormatOptions {
  json?: boolean;
  sarif?: boolean;
  html?: string;
}

/** `jsonExtra`: fields added beside a single report's own in --json output (an install's outcome, a refusal). */
export async function emitReport(reports: Report | Report[], opts: ReportFormatOptions, jsonExtra?: Record<string, unknown>): Promise<void> {
  if (opts.html) {
    const { renderHtml } = await import('../report/format-html.js');
    fs.writeFileSync(path.resolve(opts.html), renderHtml(reports));
    log.info(`HTML report written to ${opts.html}`);
  }
  if (opts.sarif) printJson((await import('../report/format-sarif.js')).renderSarif(reports));
  else if (opts.json) printJson(jsonExtra && !Array.isArray(reports) ? { ...reports, ...jsonExtra } : reports);
  else writeStdout((await import('../report/format-text.js')).renderText(reports));
}
