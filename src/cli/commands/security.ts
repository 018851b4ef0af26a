import { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { paint } from '../../core/log.js';
import { runSecurityAudit, type AuditResult } from '../../openclaw/audit/run-audit.js';
import type { AuditSeverity } from '../../openclaw/audit/types.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import { action, addGlobalOptions, addSuppressionsOption, printJson, statePathsOf, suppressionsOf, type GlobalOptions } from '../run.js';

interface AuditFlags extends GlobalOptions {
  deep?: boolean;
  fix?: boolean;
  suppressions?: string;
}

const COLOR: Record<AuditSeverity, number> = { critical: 31, warn: 33, info: 36 };

function renderText(result: AuditResult): string {
  const { report, fix } = result;
  const lines: string[] = [];
  const s = report.summary;
  lines.push(`clawguard security audit: ${s.critical} critical, ${s.warn} warn, ${s.info} info`);
  for (const f of report.findings) {
    lines.push('', `${paint(COLOR[f.severity], `[${f.severity.toUpperCase()}]`, process.stdout)} ${f.checkId}: ${terminalSafe(f.title)}`);
    for (const line of terminalSafe(f.detail).split('\n')) lines.push(`  ${line}`);
    if (f.remediation) lines.push(`  fix: ${terminalSafe(f.remediation)}`);
  }
  if (fix) {
    lines.push('', fix.changed.length ? 'Permissions tightened:' : 'Permissions: nothing to tighten.');
    for (const c of fix.changed) lines.push(`  ${c.path}: ${c.from} -> ${c.to}`);
    for (const e of fix.errors) lines.push(`  could not change ${e.path}: ${e.error}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerSecurity(program: Command): void {
  const security = program.command('security').description('security audit of plugins, skills and the state dir');
  addSuppressionsOption(addGlobalOptions(
    security
      .command('audit')
      .description('the plugin and skill part of `openclaw security audit` (same finding shape and check ids), plus state-dir permissions')
      .option('--deep', 'also run the inspection engine over every plugin and skill (plugins.code_safety, skills.code_safety)')
      .option('--fix', 'tighten permissions (state dir and credentials dirs 700; config, credentials and clawguard records 600); changes nothing else'),
  )).action(
    action(async (flags: AuditFlags) => {
      const paths = statePathsOf(flags);
      // An explicit --suppressions file is read (exit 2 when missing or invalid) before --fix changes anything.
      const suppressions = flags.deep || flags.suppressions ? suppressionsOf(flags, paths) : undefined;
      const result = await runSecurityAudit({ paths, deep: flags.deep, fix: flags.fix, suppressions });
      // OpenClaw's --json shape: the report; with --fix, {fix, report}.
      if (flags.json) printJson(result.fix ? { fix: result.fix, report: result.report } : result.report);
      else process.stdout.write(renderText(result));
      return result.report.summary.critical > 0 ? EXIT.policy : EXIT.ok;
    }),
  );
}
