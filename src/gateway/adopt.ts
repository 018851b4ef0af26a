/**
 * `plugins adopt <id>`: bring a plugin OpenClaw installed itself (npm project under `<state>/npm/projects/…`,
 * git checkout under `<state>/git/…`, or an unrecorded directory under an extensions root) under the gateway
 * check. It is inspected where it lies (nothing is moved or executed), and only a plugin whose inspection is
 * below the fail threshold is recorded: adopting must not launder a plugin the install path would refuse.
 */
import path from 'node:path';
import { inputError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';
import { TOOL_VERSION } from '../core/version.js';
import { readOpenClawConfig } from '../config/openclaw-config.js';
import { InspectionService, withDepPath } from '../engine/index.js';
import { acquireStateLock } from '../ledger/lock.js';
import { createStaging, recoverInterrupted } from '../install/staging.js';
import { beginCommit, type Commit } from '../install/transaction.js';
import { faultPoint } from '../install/fault-injection.js';
import { readLedger, writeLedger } from '../ledger/ledger.js';
import { buildIntegrityManifest, saveIntegrityManifest } from '../ledger/manifest.js';
import type { LedgerEntry } from '../ledger/types.js';
import { pluginInstallDirName } from '../plugin/identity.js';
import { failsThreshold, verdictOf, type Finding, type Report, type Severity } from '../report/types.js';
import { resolveActivation } from './activation.js';
import { discoverPlugins, type PluginCandidate } from './discovery.js';
import { readOpenClawInstallRecords, type OpenClawInstallRecord } from './install-records.js';
import { resolvePluginRoots } from './roots.js';
import fs from 'node:fs';
import { monotonicMs } from '../core/clock.js';

export interface AdoptOptions {
  paths: StatePaths;
  force?: boolean;
  failOn?: Severity;
  openclawDir?: string;
  workspace?: string;
  env?: NodeJS.ProcessEnv;
}

export interface AdoptResult {
  id: string;
  dir: string;
  /** Root the manifest covers: the plugin dir, or the whole npm project for OpenClaw npm installs. */
  manifestRoot: string;
  files: number;
  recorded: boolean;
  report: Report;
  entry?: LedgerEntry;
}

/**
 * OpenClaw npm installs hoist the plugin's dependencies into `<state>/npm/projects/<p>/node_modules`: the
 * manifest must cover the whole project, or a tampered dependency would load unnoticed.
 */
export function adoptionRoot(stateDir: string, pluginDir: string): string {
  const projects = path.join(path.resolve(stateDir), 'npm', 'projects');
  const rel = path.relative(projects, path.resolve(pluginDir));
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    const [project, nm] = rel.split(path.sep);
    if (project && nm === 'node_modules') return path.join(projects, project);
  }
  return path.resolve(pluginDir);
}

function pickCandidate(id: string, candidates: PluginCandidate[], loads: Map<PluginCandidate, boolean>): PluginCandidate | undefined {
  const matches = candidates.filter((c) => c.id === id && c.origin !== 'bundled' && !c.blocked);
  return matches.find((c) => loads.get(c)) ?? matches[0];
}

export async function adoptPlugin(id: string, options: AdoptOptions): Promise<AdoptResult> {
  const { paths } = options;
  const lock = await acquireStateLock(paths, { command: `plugins adopt ${id}` });
  try {
    recoverInterrupted(paths);
    const config = readOpenClawConfig(paths.configPath).data;
    const roots = resolvePluginRoots(paths, config, { openclawDir: options.openclawDir, workspace: options.workspace, env: options.env });
    const records = await readOpenClawInstallRecords(paths.stateDir);
    const discovery = discoverPlugins({ ...roots, installRecords: records.records });
    const activations = resolveActivation(discovery.candidates, config);
    const loads = new Map(activations.map((a) => [a.candidate, a.decision.loads] as const));
    const candidate = pickCandidate(id, discovery.candidates, loads);
    if (!candidate) {
      const bundled = discovery.candidates.some((c) => c.id === id && c.origin === 'bundled');
      const known = [...new Set(discovery.candidates.filter((c) => c.origin !== 'bundled').map((c) => c.id))].sort();
      throw inputError('EUNKNOWN_PLUGIN', bundled ? `${id} is a bundled OpenClaw plugin: it ships with OpenClaw and is not adopted` : `no plugin with id "${id}" where OpenClaw looks for plugins`, {
        hint: known.length ? `plugins found: ${known.join(', ')}` : 'no non-bundled plugins were found; check --state-dir and --config',
      });
    }
    const ledger = readLedger(paths);
    const existing = ledger.plugins[id];
    if (existing && !options.force)
      throw inputError('EALREADYRECORDED', `${id} is already recorded in the clawguard ledger (${existing.source.kind} ${existing.source.spec})`, {
        hint: `to record the files as they are now, after reviewing them: clawguard plugins adopt ${id} --force`,
      });

    const record: OpenClawInstallRecord | undefined = candidate.installOwner ? records.records[candidate.installOwner] : undefined;
    const pkg = readPackageJson(candidate.dir);
    const name = pkg.name ?? candidate.packageName ?? id;
    const version = pkg.version ?? candidate.packageVersion ?? '0.0.0';
    const started = monotonicMs();
    const engine = new InspectionService();
    const inspected = await engine.inspectDir('package', candidate.dir, { packageId: `${name}@${version}` }).finally(() => engine.close());
    const inspection = { ...inspected, findings: withDepPath(inspected.findings, name), lifecycleScripts: withDepPath(inspected.lifecycleScripts, name) };
    const verdict = verdictOf(inspection.findings);
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'clawguard', version: TOOL_VERSION },
      target: { kind: 'directory', spec: candidate.dir, name, version, pluginId: id, path: candidate.dir },
      verdict,
      findings: inspection.findings,
      lifecycleScripts: inspection.lifecycleScripts,
      stats: { packages: 1, files: inspection.files, bytes: inspection.bytes, durationMs: Math.round(monotonicMs() - started) },
    };
    const manifestRoot = adoptionRoot(paths.stateDir, candidate.dir);
    if (failsThreshold(inspection.findings, options.failOn ?? 'critical')) return { id, dir: candidate.dir, manifestRoot, files: 0, recorded: false, report };

    const manifest = await buildIntegrityManifest(manifestRoot);
    const dirName = `adopted-${pluginInstallDirName(id)}`;
    // Manifest and ledger entry change together: journaled like an install, so a kill between them rolls back.
    const staging = createStaging(paths);
    let commit: Commit | undefined;
    try {
      commit = beginCommit(paths, staging.dir, 'record', dirName);
      const result = recordAdoption(paths, ledger, { id, dirName, candidate, record, name, version, inspection, manifest, verdict });
      commit.finish();
      return { id, dir: candidate.dir, manifestRoot, files: Object.keys(manifest.files).length, recorded: true, report, entry: result };
    } catch (err) {
      commit?.rollback();
      throw err;
    } finally {
      staging.dispose();
    }
  } finally {
    lock.release();
  }
}

function recordAdoption(
  paths: StatePaths,
  ledger: ReturnType<typeof readLedger>,
  a: {
    id: string;
    dirName: string;
    candidate: PluginCandidate;
    record: OpenClawInstallRecord | undefined;
    name: string;
    version: string;
    inspection: { findings: Finding[] };
    manifest: Awaited<ReturnType<typeof buildIntegrityManifest>>;
    verdict: Report['verdict'];
  },
): LedgerEntry {
  const { id, dirName, candidate, record, name, version, inspection, manifest, verdict } = a;
  {
    const saved = saveIntegrityManifest(paths.clawguardDir, dirName, manifest);
    faultPoint('adopt:manifest-written');
    const counts: LedgerEntry['findings'] = {};
    for (const f of inspection.findings) if (!f.suppressed) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    const spec = record?.spec ?? record?.sourcePath ?? (record?.gitUrl ? `git:${record.gitUrl}${record.gitCommit ? `#${record.gitCommit}` : ''}` : candidate.dir);
    const entry: LedgerEntry = {
      pluginId: id,
      dirName,
      dir: candidate.dir,
      source: { kind: 'adopted', spec: String(spec) },
      name,
      version,
      ...(typeof record?.integrity === 'string' ? { integrity: record.integrity } : {}),
      installedAt: new Date().toISOString(),
      verdict,
      findings: counts,
      manifestSha256: saved.sha256,
    };
    ledger.plugins[id] = entry;
    writeLedger(paths, ledger);
    faultPoint('adopt:ledger-written');
    return entry;
  }
}

function readPackageJson(dir: string): { name?: string; version?: string } {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    return { name: typeof data.name === 'string' ? data.name : undefined, version: typeof data.version === 'string' ? data.version : undefined };
  } catch {
    return {};
  }
}
