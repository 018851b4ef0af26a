/**
 * The plugin part of the audit: what would load, and whether anything vouches for it. OpenClaw loads a
 * global plugin by default when `plugins.allow` is empty; clawguard's gateway check refuses a plugin without
 * a ledger entry; install records without a pinned spec or an integrity hash cannot be re-verified; a
 * version on disk that differs from its record was changed behind the installer's back.
 */
import fs from 'node:fs';
import path from 'node:path';
import npa from 'npm-package-arg';
import type { OpenClawConfig } from '../../config/openclaw-config.js';
import type { StatePaths } from '../../core/state.js';
import { discoverPlugins, isSkippedByOpenClaw, type PluginCandidate } from '../../gateway/discovery.js';
import { readOpenClawInstallRecords, type OpenClawInstallRecord } from '../../gateway/install-records.js';
import { resolvePluginRoots } from '../../gateway/roots.js';
import { readLedger } from '../../ledger/ledger.js';
import type { Ledger } from '../../ledger/types.js';
import type { AuditFinding } from './types.js';

export interface PluginInventory {
  candidates: PluginCandidate[];
  ledger: Ledger;
  records: Record<string, OpenClawInstallRecord>;
  findings: AuditFinding[];
}

const list = (items: string[]) => items.map((i) => `- ${i}`).join('\n');

function isExactSpec(spec: string): boolean {
  try {
    let parsed = npa(spec.replace(/^npm:/, ''));
    if (parsed.type === 'alias') parsed = (parsed as npa.Result & { subSpec: npa.Result }).subSpec;
    return parsed.type === 'version';
  } catch {
    return false;
  }
}

function installedVersion(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  try {
    const v = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

function extensionDirs(extensionsDir: string): { active: string[]; disabled: string[] } {
  const active: string[] = [];
  const disabled: string[] = [];
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(extensionsDir, { withFileTypes: true });
  } catch {
    return { active, disabled };
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory() && !e.isSymbolicLink()) continue;
    if (/\.disabled/i.test(e.name)) disabled.push(e.name);
    else if (!isSkippedByOpenClaw(e.name)) active.push(e.name);
  }
  return { active, disabled };
}

export async function auditPlugins(paths: StatePaths, config: OpenClawConfig, env: NodeJS.ProcessEnv): Promise<PluginInventory> {
  const findings: AuditFinding[] = [];
  const ledger = readLedger(paths);
  const recordsRead = await readOpenClawInstallRecords(paths.stateDir);
  const records = recordsRead.records;
  if (recordsRead.problem)
    findings.push({
      checkId: 'clawguard.plugins.install_records_unreadable',
      severity: 'warn',
      title: "OpenClaw's plugin install records could not be read",
      detail: `${recordsRead.problem}; plugins OpenClaw installed itself may be missing from this audit.`,
    });

  const { active, disabled } = extensionDirs(paths.extensionsDir);
  const allow = (config.plugins?.allow ?? []).filter((x) => typeof x === 'string' && x.trim());
  if (active.length > 0 && allow.length === 0)
    findings.push({
      checkId: 'plugins.extensions_no_allowlist',
      severity: 'warn',
      title: 'Extensions exist but plugins.allow is not set',
      detail: `Found ${active.length} extension(s) under ${paths.extensionsDir}. Without plugins.allow, any discovered plugin id may load (depending on config and plugin behavior).`,
      remediation: 'Set plugins.allow to an explicit list of plugin ids you trust (clawguard plugins install adds each one it installs).',
    });

  const roots = resolvePluginRoots(paths, config, { env });
  const discovery = discoverPlugins({ globalDir: roots.globalDir, workspaceDir: roots.workspaceDir, loadPaths: roots.loadPaths, installRecords: records });
  const candidates = discovery.candidates.filter((c) => c.origin !== 'bundled');
  const unrecorded = candidates.filter((c) => !ledger.plugins[c.id]);
  if (unrecorded.length)
    findings.push({
      checkId: 'clawguard.plugins.no_ledger_entry',
      severity: 'warn',
      title: 'Plugins without a clawguard ledger entry',
      detail: `These plugins would be discovered but were not installed or adopted through clawguard, so nothing records what was inspected:\n${list(unrecorded.map((c) => `${c.id} (${c.origin}) at ${c.dir}`))}`,
      remediation: 'Reinstall them with clawguard plugins install <name@version>, or inspect and record them in place with clawguard plugins adopt <id>; clawguard gateway check refuses them until then.',
    });

  const unpinned: string[] = [];
  const missingIntegrity: string[] = [];
  const drift: string[] = [];
  for (const [id, r] of Object.entries(records).sort(([a], [b]) => a.localeCompare(b))) {
    if (r.source === 'npm' && typeof r.spec === 'string' && !isExactSpec(r.spec)) unpinned.push(`${id} (${r.spec})`);
    if ((r.source === 'npm' || r.source === 'archive') && !r.integrity) missingIntegrity.push(`${id} (${r.source})`);
    const recorded = r.resolvedVersion ?? r.version;
    const onDisk = installedVersion(r.installPath);
    if (recorded && onDisk && recorded !== onDisk) drift.push(`${id}: recorded ${recorded}, installed ${onDisk} (${r.installPath})`);
  }
  for (const [id, e] of Object.entries(ledger.plugins).sort(([a], [b]) => a.localeCompare(b))) {
    if (e.source.kind === 'registry' && !isExactSpec(e.source.spec)) unpinned.push(`${id} (${e.source.spec}, clawguard ledger)`);
    if ((e.source.kind === 'registry' || e.source.kind === 'tarball') && !e.integrity) missingIntegrity.push(`${id} (clawguard ledger)`);
    const onDisk = e.quarantine ? undefined : installedVersion(e.dir);
    if (onDisk && onDisk !== e.version) drift.push(`${id}: recorded ${e.version}, installed ${onDisk} (${e.dir}, clawguard ledger)`);
  }
  if (unpinned.length)
    findings.push({
      checkId: 'plugins.installs_unpinned_npm_specs',
      severity: 'warn',
      title: 'Plugin index includes unpinned npm specs',
      detail: `Unpinned plugin index install records:\n${list(unpinned)}`,
      remediation: 'Pin install specs to exact versions (for example, `@scope/pkg@1.2.3`): clawguard plugins install only accepts exact versions.',
    });
  if (missingIntegrity.length)
    findings.push({
      checkId: 'plugins.installs_missing_integrity',
      severity: 'warn',
      title: 'Plugin index is missing integrity metadata',
      detail: `Plugin index records missing integrity:\n${list(missingIntegrity)}`,
      remediation: 'Reinstall or update these plugins so the resolved integrity hash is recorded.',
    });
  if (drift.length)
    findings.push({
      checkId: 'plugins.installs_version_drift',
      severity: 'warn',
      title: 'Plugin index records drift from installed package versions',
      detail: `Detected plugin install metadata drift:\n${list(drift)}`,
      remediation: 'Find out what changed the files (clawguard gateway check --deep shows it), then reinstall the reviewed version.',
    });

  const quarantined = Object.values(ledger.plugins).filter((e) => e.quarantine);
  if (quarantined.length || disabled.length)
    findings.push({
      checkId: 'clawguard.plugins.quarantined',
      severity: 'warn',
      title: 'Quarantined plugins',
      detail: list([
        ...quarantined.map((e) => `${e.pluginId}: ${e.quarantine!.to} since ${e.quarantine!.at} (${e.quarantine!.reasons.map((r) => r.code).join(', ')})`),
        ...disabled.filter((d) => !quarantined.some((e) => path.basename(e.quarantine!.to) === d)).map((d) => `${path.join(paths.extensionsDir, d)} (renamed aside; OpenClaw skips it)`),
      ]),
      remediation: 'Review each one: clawguard plugins restore <id> after a fresh check passes, or clawguard plugins uninstall <id>.',
    });
  return { candidates, ledger, records, findings };
}
