/**
 * `gateway check`: discover plugins as OpenClaw does, decide which would load, and refuse every loading plugin
 * that is not allowed, not recorded, or not byte-for-byte what was recorded. Read-only; `quarantine.ts` acts
 * on the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isClawguardError, operationalError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';
import { readOpenClawConfig, type OpenClawConfig } from '../config/openclaw-config.js';
import { readLedger } from '../ledger/ledger.js';
import { checkPermissionsOnly, loadIntegrityManifest, verifyIntegrityManifest, type IntegrityProblem } from '../ledger/manifest.js';
import type { Ledger, LedgerEntry } from '../ledger/types.js';
import { discoverPlugins, type PluginCandidate, type PluginOrigin } from './discovery.js';
import { policyId, resolveActivation, type ActivationDecision } from './activation.js';
import { readOpenClawInstallRecords } from './install-records.js';
import { resolvePluginRoots, type ResolvedRoots } from './roots.js';
import { fixFor } from './fixes.js';
import { monotonicMs } from '../core/clock.js';

export type PluginStatus = 'ok' | 'refused' | 'inactive';

export interface GatewayReason {
  code: string;
  detail: string;
}

export interface GatewayPluginResult {
  id: string;
  origin: PluginOrigin;
  dir: string;
  status: PluginStatus;
  reasons: GatewayReason[];
  /** OpenClaw's own decision (would it load, and why / why not). */
  wouldLoad: boolean;
  activation: string;
  /** The one command (or edit) that fixes a refusal. */
  fix?: string;
  /** What quarantine renames: the plugin directory, or the file for a single-file plugin. */
  quarantineTarget: string;
}

export interface GatewayCheckOptions {
  paths: StatePaths;
  deep?: boolean;
  openclawDir?: string;
  workspace?: string;
  env?: NodeJS.ProcessEnv;
  /** uid OpenClaw runs as; default this process. */
  uid?: number;
}

export interface GatewayCheckResult {
  schemaVersion: 1;
  plugins: GatewayPluginResult[];
  summary: { ok: number; refused: number; inactive: number };
  roots: ResolvedRoots;
  config: OpenClawConfig;
  diagnostics: string[];
  stats: { files: number; hashed: number; bytesHashed: number; durationMs: number };
}

/** Cap on reasons per plugin: one rewritten node_modules tree must not produce megabytes of output. */
const MAX_REASONS = 100;

export async function runGatewayCheck(options: GatewayCheckOptions): Promise<GatewayCheckResult> {
  const started = monotonicMs();
  const { paths } = options;
  const uid = options.uid ?? process.getuid?.() ?? 0;
  const config = readOpenClawConfig(paths.configPath).data;
  const roots = resolvePluginRoots(paths, config, { openclawDir: options.openclawDir, workspace: options.workspace, env: options.env });
  const records = await readOpenClawInstallRecords(paths.stateDir);
  // Without the install records some plugins OpenClaw loads would be invisible: fail closed, never "all ok".
  if (records.problem) throw operationalError('EINSTALLRECORDS', records.problem, { hint: 'run `openclaw doctor` to repair its state database, then run the check again' });
  const discovery = discoverPlugins({ ...roots, installRecords: records.records, uid });
  const activations = resolveActivation(discovery.candidates, config);

  let ledger: Ledger | undefined;
  let ledgerProblem: string | undefined;
  try {
    ledger = readLedger(paths);
  } catch (err) {
    ledgerProblem = isClawguardError(err) ? err.message : String(err);
  }
  const allow = (config.plugins?.allow ?? []).filter((a): a is string => typeof a === 'string').map(policyId).filter(Boolean);
  const stats = { files: 0, hashed: 0, bytesHashed: 0, durationMs: 0 };

  const plugins: GatewayPluginResult[] = [];
  for (const { candidate, decision } of activations) {
    const base = {
      id: candidate.id,
      origin: candidate.origin,
      dir: candidate.dir,
      wouldLoad: decision.loads,
      activation: decision.reason,
      quarantineTarget: isSingleFilePlugin(candidate) ? candidate.source : candidate.dir,
    };
    if (candidate.blocked) {
      plugins.push(finish({ ...base, status: 'refused', reasons: [{ code: candidate.blocked.code, detail: candidate.blocked.detail }] }, candidate, undefined));
      continue;
    }
    if (!decision.loads) {
      plugins.push({ ...base, status: 'inactive', reasons: [{ code: decision.code ?? 'inactive', detail: decision.reason }] });
      continue;
    }
    const reasons: GatewayReason[] = [];
    let entry: LedgerEntry | undefined;
    if (candidate.origin === 'bundled') {
      // Bundled plugins are OpenClaw's own files: clawguard has no manifest for them, only their permissions.
      reasons.push(...checkPermissionsOnly(candidate.dir, uid).map(problemToReason));
    } else {
      reasons.push(...allowlistReasons(candidate, decision, allow));
      if (ledgerProblem) reasons.push({ code: 'ledger-unreadable', detail: ledgerProblem });
      else {
        entry = ledger!.plugins[candidate.id];
        reasons.push(...(await integrityReasons(candidate, entry, paths, options.deep === true, uid, stats)));
      }
    }
    plugins.push(finish({ ...base, status: reasons.length === 0 ? 'ok' : 'refused', reasons }, candidate, entry));
  }
  const summary = { ok: 0, refused: 0, inactive: 0 };
  for (const p of plugins) summary[p.status]++;
  stats.durationMs = Math.round(monotonicMs() - started);
  return { schemaVersion: 1, plugins, summary, roots, config, diagnostics: discovery.diagnostics, stats };
}

function finish(result: Omit<GatewayPluginResult, 'fix'>, candidate: PluginCandidate, entry: LedgerEntry | undefined): GatewayPluginResult {
  if (result.reasons.length > MAX_REASONS) {
    const extra = result.reasons.length - MAX_REASONS;
    result.reasons = [...result.reasons.slice(0, MAX_REASONS), { code: result.reasons[MAX_REASONS].code, detail: `…and ${extra} more problems` }];
  }
  return result.status === 'refused' ? { ...result, fix: fixFor(result.reasons, candidate, entry) } : result;
}

function isSingleFilePlugin(c: PluginCandidate): boolean {
  return c.singleFile === true;
}

function allowlistReasons(candidate: PluginCandidate, decision: ActivationDecision, allow: string[]): GatewayReason[] {
  if (allow.length === 0)
    return [{ code: 'allowlist-empty', detail: `plugins.allow is empty, so OpenClaw loads every plugin it finds; ${candidate.id} would load (${decision.reason})` }];
  if (!allow.includes(policyId(candidate.id)))
    return [{ code: 'not-in-allowlist', detail: `${candidate.id} is not in plugins.allow but would load (${decision.reason})` }];
  return [];
}

async function integrityReasons(
  candidate: PluginCandidate,
  entry: LedgerEntry | undefined,
  paths: StatePaths,
  deep: boolean,
  uid: number,
  stats: GatewayCheckResult['stats'],
): Promise<GatewayReason[]> {
  if (!entry) {
    const perms = checkPermissionsOnly(candidate.dir, uid).map(problemToReason);
    return [{ code: 'no-ledger-entry', detail: `clawguard has no record of ${candidate.id} at ${candidate.dir}: it was not installed or adopted through clawguard` }, ...perms];
  }
  const recordedDir = realpathOr(entry.dir);
  if (recordedDir !== candidate.realDir)
    // Another copy with the same id (workspace, load path, a staging dir) would load instead of the recorded one.
    return [{ code: 'no-ledger-entry', detail: `clawguard recorded ${candidate.id} at ${entry.dir}, but OpenClaw would load the copy at ${candidate.dir}` }];
  const loaded = loadIntegrityManifest(paths.clawguardDir, entry.dirName, entry.manifestSha256);
  if (!loaded.ok) return [{ code: loaded.code, detail: loaded.detail }];
  const manifest = loaded.manifest;
  // OpenClaw npm-project plugins are adopted with their whole project (hoisted dependencies included).
  const root = isStrictlyInside(manifest.root, candidate.realDir) ? manifest.root : candidate.dir;
  const result = await verifyIntegrityManifest(root, manifest, { deep, uid });
  stats.files += result.stats.files;
  stats.hashed += result.stats.hashed;
  stats.bytesHashed += result.stats.bytesHashed;
  return result.problems.map(problemToReason);
}

function problemToReason(p: IntegrityProblem): GatewayReason {
  return { code: p.code, detail: p.detail };
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function isStrictlyInside(parent: string | undefined, child: string): boolean {
  if (!parent) return false;
  const rel = path.relative(realpathOr(parent), child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The `--json` shape of the contract, exactly. */
export function gatewayCheckJson(result: GatewayCheckResult) {
  return {
    schemaVersion: 1 as const,
    plugins: result.plugins.map((p) => ({ id: p.id, origin: p.origin, dir: p.dir, status: p.status, reasons: p.reasons })),
    summary: result.summary,
  };
}
