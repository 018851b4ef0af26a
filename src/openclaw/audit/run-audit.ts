/**
 * `clawguard security audit`: the plugin and skill part of `openclaw security audit`, plus the state-dir
 * permissions and whether OpenClaw's own installs go through clawguard at all. `--fix` tightens permissions
 * and nothing else; `--deep` adds the engine's code-safety verdict for every plugin and skill.
 */
import { readOpenClawConfig, type OpenClawConfig } from '../../config/openclaw-config.js';
import type { StatePaths } from '../../core/state.js';
import { pluginCodeSafety, skillCodeSafety } from './code-safety.js';
import { auditPermissions } from './permissions.js';
import { auditPlugins } from './plugins.js';
import { loadSuppressions, type Suppression } from '../../inspect/index.js';
import { auditSkills } from './skills.js';
import { sortFindings, summarize, type AuditFinding, type AuditFix, type AuditReport } from './types.js';

export interface AuditOptions {
  paths: StatePaths;
  deep?: boolean;
  /** `--deep`: suppressions for the engine's findings (default: <state>/clawguard/suppressions.json5 when present). */
  suppressions?: readonly Suppression[];
  fix?: boolean;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
}

export interface AuditResult {
  report: AuditReport;
  fix?: AuditFix;
}

/** OpenClaw installs bypass every check here unless its install policy runs clawguard. */
function installPolicyFindings(config: OpenClawConfig): AuditFinding[] {
  const policy = config.security?.installPolicy as { enabled?: unknown; exec?: { args?: unknown } } | undefined;
  const args = Array.isArray(policy?.exec?.args) ? (policy!.exec!.args as unknown[]) : [];
  const runsClawguard = policy?.enabled === true && args.includes('policy') && args.some((a) => typeof a === 'string' && /clawguard|dist\/cli\/main\.js$/.test(a));
  if (runsClawguard) return [];
  return [
    {
      checkId: 'clawguard.install_policy.not_configured',
      severity: 'warn',
      title: 'OpenClaw installs do not go through clawguard',
      detail:
        policy?.enabled === true
          ? 'security.installPolicy is enabled but does not run `clawguard policy`: `openclaw plugins install` and `openclaw skills install` are judged by another command.'
          : 'security.installPolicy is not enabled: `openclaw plugins install` and `openclaw skills install` install without clawguard seeing the code.',
      remediation: 'Run clawguard policy --print-config, merge the block into openclaw.json, then check it with openclaw doctor --deep.',
    },
  ];
}

export async function runSecurityAudit(options: AuditOptions): Promise<AuditResult> {
  const env = options.env ?? process.env;
  const { paths } = options;
  // A broken config is bad input (exit 2), checked before --fix touches anything.
  const config = readOpenClawConfig(paths.configPath).data;
  // A broken suppressions file is bad input too, and must also stop the run before --fix.
  const suppressions = options.deep ? (options.suppressions ?? loadSuppressions(paths.suppressionsPath)) : undefined;
  const permissions = auditPermissions(paths, options.fix === true);
  const plugins = await auditPlugins(paths, config, env);
  const skills = auditSkills(paths, config, env);
  const findings: AuditFinding[] = [...permissions.findings, ...plugins.findings, ...skills.findings, ...installPolicyFindings(config)];
  if (options.deep) {
    findings.push(...(await pluginCodeSafety(plugins.candidates, suppressions)));
    findings.push(...(await skillCodeSafety(skills.skills, suppressions)));
  }
  sortFindings(findings);
  const report: AuditReport = { ts: (options.now ?? Date.now)(), summary: summarize(findings), findings };
  return options.fix ? { report, fix: permissions.fix } : { report };
}
