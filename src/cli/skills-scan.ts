import { failsThreshold, type Report, type Severity } from '../report/types.js';
import { SkillScanner, skillsToScan } from '../skills/scan.js';
import { emitReport } from './emit-report.js';
import { suppressionsOf, type GlobalOptions } from './output.js';
import { checkOutputFlags } from './report-flags.js';

export const refused = (reports: readonly Report[], failOn: Severity) => reports.some((r) => r.verdict === 'block' || failsThreshold(r.findings, failOn));

export interface ScanOptions extends GlobalOptions {
  sarif?: boolean;
  html?: string;
  failOn: Severity;
  suppressions?: string;
}

export async function scanCommand(dirs: string[], opts: ScanOptions): Promise<number> {
  checkOutputFlags(opts);
  const skills = skillsToScan(dirs);
  const scanner = new SkillScanner({ suppressions: suppressionsOf(opts) });
  const reports: Report[] = [];
  for (const skill of skills) reports.push((await scanner.scan(skill)).report);
  // One skill is one report object; several (or a folder of skills) are an array, per the contract.
  const single = skills.length === 1;
  await emitReport(single ? reports[0] : reports, opts);
  return refused(reports, opts.failOn) ? 1 : 0;
}

