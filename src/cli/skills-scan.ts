import fs from 'node:fs';
import path from 'node:path';
import { inputError } from '../core/errors.js';
import { log } from '../core/log.js';
import { failsThreshold, type Report, type Severity } from '../report/types.js';
import { SkillScanner, skillsToScan } from '../skills/scan.js';
import { printJson, suppressionsOf, writeStdout, type GlobalOptions } from './output.js';

export const refused = (reports: readonly Report[], failOn: Severity) => reports.some((r) => r.verdict === 'block' || failsThreshold(r.findings, failOn));

export interface ScanOptions extends GlobalOptions {
  sarif?: boolean;
  html?: string;
  failOn: Severity;
  suppressions?: string;
}

export async function scanCommand(dirs: string[], opts: ScanOptions): Promise<number> {
  if (opts.json && opts.sarif) throw inputError('EFLAGS', '--json and --sarif both want stdout', { hint: 'pick one of them' });
  const skills = skillsToScan(dirs);
  const scanner = new SkillScanner({ suppressions: suppressionsOf(opts) });
  const reports: Report[] = [];
  for (const skill of skills) reports.push((await scanner.scan(skill)).report);
  // One skill is one report object; several (or a folder of skills) are an array, per the contract.
  const single = skills.length === 1;
  // Each renderer loads only for its format: a --json answer (the watcher's, a script's) needs none, and text
  // needs no rule metadata (SARIF's and HTML's, which loads the rules).
  if (opts.html) {
    const { renderHtml } = await import('../report/format-html.js');
    fs.writeFileSync(path.resolve(opts.html), renderHtml(single ? reports[0] : reports));
    log.info(`HTML report written to ${opts.html}`);
  }
  if (opts.sarif) printJson((await import('../report/format-sarif.js')).renderSarif(single ? reports[0] : reports));
  else if (opts.json) printJson(single ? reports[0] : reports);
  else writeStdout((await import('../report/format-text.js')).renderText(single ? reports[0] : reports));
  return refused(reports, opts.failOn) ? 1 : 0;
}

