/**
 * `--deep`: run the inspection engine over every discovered (non-bundled) plugin, its installed dependencies
 * included, and every skill in the skill roots, as OpenClaw's `plugins.code_safety` / `skills.code_safety`
 * do with their regexes, but with clawguard's rules (SKILL.md prose included). A verdict of block is
 * critical, warn is warn; allow produces nothing. An inspection that fails is reported, never skipped.
 */
import { InspectionService, withDepPath } from '../../engine/index.js';
import { applySuppressions, type Suppression } from '../../inspect/suppressions.js';
import { verdictOf, type Finding } from '../../report/types.js';
import type { PluginCandidate } from '../../gateway/discovery.js';
import type { SkillRef } from '../../skills/discover.js';
import { packageIdOf } from '../policy/inspect-cached.js';
import { listTreePackages } from '../policy/node-modules.js';
import type { AuditFinding } from './types.js';

const MAX_DETAIL_ROWS = 10;

function details(findings: readonly Finding[]): string {
  const serious = findings.filter((f) => !f.suppressed && f.severity !== 'low' && f.severity !== 'info');
  const rows = serious.slice(0, MAX_DETAIL_ROWS).map((f) => `- [${f.ruleId}] ${f.package ? `${f.package}: ` : ''}${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`);
  if (serious.length > MAX_DETAIL_ROWS) rows.push(`- +${serious.length - MAX_DETAIL_ROWS} more`);
  return rows.join('\n');
}

function counts(findings: readonly Finding[]): { critical: number; warn: number } {
  let critical = 0;
  let warn = 0;
  for (const f of findings) {
    if (f.suppressed) continue;
    if (f.severity === 'critical') critical++;
    else if (f.severity === 'high' || f.severity === 'medium') warn++;
  }
  return { critical, warn };
}

/** The plugin and each package of its installed node_modules, each under its own `name@version`. */
/** The inspection service (src/engine), shared by every audit check: results cached by content, like every caller's. */
const engine = () => (engineMemo ??= new InspectionService());
let engineMemo: InspectionService | undefined;

/** The engine's findings for a directory, with the operator's suppressions applied after the lookup. */
async function inspected(kind: 'package' | 'skill', dir: string, packageId: string, suppressions: readonly Suppression[] | undefined, excludeNodeModules = false): Promise<Finding[]> {
  const res = await engine().inspectDir(kind, dir, { packageId, excludeNodeModules });
  return suppressions?.length ? applySuppressions(res.findings, suppressions, (f) => (f.file ? res.fileHashes[f.file] : undefined)) : res.findings;
}

async function inspectInstalledPlugin(c: PluginCandidate, suppressions?: readonly Suppression[]): Promise<Finding[]> {
  const rootId = c.packageName && c.packageVersion ? `${c.packageName}@${c.packageVersion}` : c.id;
  const findings = await inspected('package', c.dir, rootId, suppressions, true);
  for (const dep of listTreePackages(c.dir, c.id)) {
    const packageId = packageIdOf(dep.dir, dep.relDir);
    const res = withDepPath(await inspected('package', dep.dir, packageId, suppressions, true), dep.depPath);
    findings.push(...res.map((f) => ({ ...f, package: f.package ?? packageId, file: f.file ? `${dep.relDir}/${f.file}` : dep.relDir })));
  }
  return findings;
}

export async function pluginCodeSafety(candidates: readonly PluginCandidate[], suppressions?: readonly Suppression[]): Promise<AuditFinding[]> {
  const out: AuditFinding[] = [];
  for (const c of [...candidates].sort((a, b) => a.id.localeCompare(b.id))) {
    let findings: Finding[];
    try {
      findings = await inspectInstalledPlugin(c, suppressions);
    } catch (err) {
      out.push({
        checkId: 'plugins.code_safety.scan_failed',
        severity: 'warn',
        title: `Plugin "${c.id}" could not be inspected`,
        detail: `${c.dir}: ${(err as Error).message}`,
        remediation: `Inspect it by hand (clawguard plugins inspect ${c.dir}).`,
      });
      continue;
    }
    const verdict = verdictOf(findings);
    if (verdict === 'allow') continue;
    const n = counts(findings);
    out.push({
      checkId: 'plugins.code_safety',
      severity: verdict === 'block' ? 'critical' : 'warn',
      title: `Plugin "${c.id}" contains dangerous code patterns`,
      detail: `Found ${verdict === 'block' ? `${n.critical} critical` : `${n.warn} warning`} issue(s) in ${c.dir}:\n${details(findings)}`,
      remediation: `Review it with clawguard plugins inspect ${c.dir}; if untrusted, remove it (clawguard plugins uninstall ${c.id}).`,
    });
  }
  return out;
}

export async function skillCodeSafety(skills: readonly SkillRef[], suppressions?: readonly Suppression[]): Promise<AuditFinding[]> {
  const out: AuditFinding[] = [];
  for (const s of [...skills].sort((a, b) => a.dir.localeCompare(b.dir))) {
    let findings: Finding[];
    try {
      findings = await inspected('skill', s.dir, s.name, suppressions);
    } catch (err) {
      out.push({ checkId: 'skills.code_safety.scan_failed', severity: 'warn', title: `Skill "${s.name}" could not be inspected`, detail: `${s.dir}: ${(err as Error).message}` });
      continue;
    }
    const verdict = verdictOf(findings);
    if (verdict === 'allow') continue;
    const n = counts(findings);
    out.push({
      checkId: 'skills.code_safety',
      severity: verdict === 'block' ? 'critical' : 'warn',
      title: `Skill "${s.name}" contains dangerous code patterns`,
      detail: `Found ${verdict === 'block' ? `${n.critical} critical` : `${n.warn} warning`} issue(s) under ${s.dir}:\n${details(findings)}`,
      remediation: `Review it with clawguard skills scan ${s.dir}; if untrusted, remove "${s.dir}".`,
    });
  }
  return out;
}
