/**
 * `clawguard status`: one screen that says where an installation stands. Every answer comes from the module
 * that owns it (the ledger, the gateway check, `policy --print-config`'s path checks, the skill quarantine,
 * script approvals); this file only gathers them and names the command that fixes each gap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readOpenClawConfig } from '../config/openclaw-config.js';
import type { StatePaths } from '../core/state.js';
import { PACKAGE_ROOT, TOOL_VERSION } from '../core/version.js';
import { runGatewayCheck, type GatewayPluginResult } from '../gateway/check.js';
import { looseQuarantinePath, type QuarantineRecord } from '../gateway/quarantine.js';
import { isApproved, readApprovals } from '../ledger/approvals.js';
import { readLedger } from '../ledger/ledger.js';
import { allowStatusOf, type AllowStatus } from '../install/list.js';
import { listQuarantined } from '../skills/quarantine.js';
import { engineDigest } from '../engine/engine-digest.js';
import type { Severity, Verdict } from '../report/types.js';
import { gatewayWiring, policyHookState, runningWatchers, type GatewayWiring, type PolicyHookState, type WatcherProcess } from './wiring.js';

/** ok: guarded; warn: guarded but needs a look; unguarded: a path in that clawguard does not see (exit 1). */
export type CheckState = 'ok' | 'warn' | 'unguarded';

export interface StatusCheck {
  id: 'install-policy' | 'gateway-check' | 'skills-watcher' | 'plugins' | 'scripts';
  state: CheckState;
  summary: string;
  /** The command (or edit) that fixes it; absent when state is ok. */
  fix?: string;
}

export interface StatusPlugin {
  id: string;
  name: string;
  version: string;
  /** Verdict recorded at install (or adopt). */
  verdict: Verdict;
  findings: Partial<Record<Severity, number>>;
  allowStatus: AllowStatus;
  /** What `gateway check` (fast mode) says about it now: ok, refused (with reason codes), inactive, quarantined, missing. */
  integrity: 'ok' | 'refused' | 'inactive' | 'quarantined' | 'missing';
  reasons: string[];
  fix?: string;
}

export interface StatusReport {
  schemaVersion: 1;
  stateDir: string;
  configPath: string;
  guarded: boolean;
  checks: StatusCheck[];
  installPolicy: PolicyHookState;
  gateway: GatewayWiring & { refused: number; ok: number; inactive: number; unrecorded: string[] };
  watchers: WatcherProcess[];
  plugins: StatusPlugin[];
  quarantined: {
    plugins: Array<{ id: string; from: string; to: string; at: string }>;
    skills: Array<{ id: string; name: string; originalDir: string; quarantinedAt: string }>;
  };
  unapprovedScripts: Array<{ pluginId: string; package: string; event: string; command: string; sha256: string }>;
  /** The build and rules every cached verdict is keyed by: a new digest means the cache starts over. */
  engine: { version: string; rules: number; rulesDir: string; digest?: string };
  cache: { dirs: Array<{ path: string; bytes: number; files: number }>; bytes: number };
}

export interface StatusOptions {
  paths: StatePaths;
  env?: NodeJS.ProcessEnv;
  /** Extra gateway service files or wrappers to look in (`--service FILE`). */
  serviceFiles?: readonly string[];
  openclawDir?: string;
  workspace?: string;
  /** npm's cache dir (where the inspection cache sits beside `_cacache`); default: $npm_config_cache or ~/.npm. */
  npmCacheDir?: string;
  rulesDir?: string;
}

function dirUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        try {
          bytes += fs.statSync(p).size;
          files += 1;
        } catch {
          /* removed meanwhile */
        }
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

/** Plugins `gateway check --quarantine` set aside that clawguard never recorded (its own file beside the ledger). */
function looseQuarantined(paths: StatePaths): QuarantineRecord[] {
  try {
    const data = JSON.parse(fs.readFileSync(looseQuarantinePath(paths), 'utf8')) as { plugins?: Record<string, QuarantineRecord> };
    return data && typeof data.plugins === 'object' && data.plugins ? Object.values(data.plugins) : [];
  } catch {
    return [];
  }
}

function digestOf(rulesDir: string): { digest?: string } {
  try {
    return { digest: engineDigest(rulesDir).slice(0, 12) };
  } catch {
    return {}; // a broken rule file: status still answers; every inspecting command reports it (exit 2)
  }
}

function integrityOf(entryDir: string, quarantined: boolean, result: GatewayPluginResult | undefined): StatusPlugin['integrity'] {
  if (quarantined) return 'quarantined';
  if (!result) return fs.existsSync(entryDir) ? 'inactive' : 'missing';
  return result.status;
}

export async function collectStatus(options: StatusOptions): Promise<StatusReport> {
  const env = options.env ?? process.env;
  const { paths } = options;
  const config = readOpenClawConfig(paths.configPath).data;
  const ledger = readLedger(paths);
  const approvals = readApprovals(paths);
  const check = await runGatewayCheck({ paths, env, openclawDir: options.openclawDir, workspace: options.workspace });
  const byId = new Map(check.plugins.map((p) => [p.id, p]));

  const plugins: StatusPlugin[] = Object.values(ledger.plugins)
    .sort((a, b) => a.pluginId.localeCompare(b.pluginId))
    .map((e) => {
      const result = byId.get(e.pluginId);
      const integrity = integrityOf(e.dir, e.quarantine !== undefined, result);
      const fix = integrity === 'refused' ? result?.fix : integrity === 'quarantined' ? `clawguard plugins restore ${e.pluginId}` : undefined;
      return {
        id: e.pluginId,
        name: e.name,
        version: e.version,
        verdict: e.verdict,
        findings: e.findings,
        allowStatus: allowStatusOf(config, e.pluginId),
        integrity,
        reasons: integrity === 'refused' ? (result?.reasons ?? []).map((r) => r.code) : [],
        ...(fix ? { fix } : {}),
      };
    });
  // Plugins that would load but clawguard never recorded: the gateway check refuses them.
  const unrecorded = check.plugins.filter((p) => p.status === 'refused' && !ledger.plugins[p.id]).map((p) => p.id);

  const quarantinedPlugins = [
    ...Object.values(ledger.plugins)
      .filter((e) => e.quarantine)
      .map((e) => ({ id: e.pluginId, from: e.quarantine!.from, to: e.quarantine!.to, at: e.quarantine!.at })),
    ...looseQuarantined(paths).map((q) => ({ id: q.pluginId, from: q.from, to: q.to, at: q.at })),
  ];
  const quarantinedSkills = listQuarantined(paths.quarantineDir).map((q) => ({
    id: q.record.id,
    name: q.record.name,
    originalDir: q.record.originalDir,
    quarantinedAt: q.record.quarantinedAt,
  }));

  const unapprovedScripts = Object.entries(approvals.shown)
    .filter(([pluginId]) => ledger.plugins[pluginId])
    .flatMap(([pluginId, scripts]) =>
      scripts.filter((s) => !isApproved(approvals, s)).map((s) => ({ pluginId, package: s.package, event: s.event, command: s.command, sha256: s.sha256 })),
    );

  const installPolicy = policyHookState(config);
  const wiring = gatewayWiring(env, options.serviceFiles);
  const watchers = runningWatchers(paths.stateDir);

  const rulesDir = options.rulesDir ?? path.join(PACKAGE_ROOT, 'rules');
  const rules = fs.existsSync(rulesDir) ? fs.readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).length : 0;
  const npmCache = options.npmCacheDir ?? (env.npm_config_cache || path.join(env.HOME ?? '', '.npm'));
  const cacheDirs = [path.join(paths.cacheDir), path.join(npmCache, '_clawguard')].map((d) => ({ path: d, ...dirUsage(d) }));

  const checks: StatusCheck[] = [];
  // 1. OpenClaw's own installs.
  if (!installPolicy.configured)
    checks.push({
      id: 'install-policy',
      state: 'unguarded',
      summary: '`openclaw plugins install` and `openclaw skills install` do not go through clawguard (security.installPolicy is not set to `clawguard policy`)',
      fix: `clawguard policy --print-config   # merge the block into ${paths.configPath}, then: openclaw doctor --deep`,
    });
  else if (!installPolicy.pointsHere)
    checks.push({
      id: 'install-policy',
      state: 'warn',
      summary: `the install policy runs another clawguard (${installPolicy.command ?? '?'} ${installPolicy.script ?? '?'}), not this one`,
      fix: `clawguard policy --print-config   # and replace security.installPolicy.exec in ${paths.configPath}`,
    });
  else if (installPolicy.problems.length > 0)
    checks.push({
      id: 'install-policy',
      state: 'warn',
      summary: `OpenClaw would refuse the policy command, so every covered install fails closed: ${installPolicy.problems[0].problem}`,
      fix: installPolicy.problems[0].fix,
    });
  else checks.push({ id: 'install-policy', state: 'ok', summary: `OpenClaw's ${installPolicy.targets.join(' and ')} installs run this clawguard's policy` });

  // 2. What loads at gateway start.
  if (wiring.wiredIn.length === 0)
    checks.push({
      id: 'gateway-check',
      state: 'unguarded',
      summary:
        wiring.notWiredIn.length > 0
          ? `the gateway starts without \`clawguard gateway check\` (${wiring.notWiredIn.join(', ')})`
          : 'no gateway service file or wrapper runs `clawguard gateway check` before the gateway starts',
      fix: 'systemctl --user edit openclaw-gateway   # add: ExecStartPre=/usr/bin/env clawguard gateway check (docs/gateway-check.md)',
    });
  else checks.push({ id: 'gateway-check', state: 'ok', summary: `gateway check runs before the gateway (${wiring.wiredIn.join(', ')})` });

  // 3. Skills dropped into a root are live on the next agent turn unless a watcher judges them.
  if (watchers.length === 0)
    checks.push({
      id: 'skills-watcher',
      state: 'unguarded',
      summary: 'no `clawguard skills watch` is running: a skill copied into a skill root is live on the next agent turn, unread',
      fix: 'clawguard skills watch   # under systemd: docs/skills.md#run-it-as-a-service',
    });
  else checks.push({ id: 'skills-watcher', state: 'ok', summary: `skills watch running (pid ${watchers.map((w) => w.pid).join(', ')})` });

  // 4. The plugins themselves, as the gateway check would judge them now.
  const refused = check.plugins.filter((p) => p.status === 'refused');
  if (refused.length > 0)
    checks.push({
      id: 'plugins',
      state: 'unguarded',
      summary: `${refused.length} plugin${refused.length === 1 ? '' : 's'} would be refused at gateway start: ${refused.map((p) => `${p.id} (${p.reasons.map((r) => r.code).join(', ')})`).join('; ')}`,
      fix: refused[0].fix ?? 'clawguard gateway check',
    });
  else
    checks.push({
      id: 'plugins',
      state: quarantinedPlugins.length + quarantinedSkills.length > 0 ? 'warn' : 'ok',
      summary: `${check.summary.ok} plugin${check.summary.ok === 1 ? '' : 's'} verified, ${check.summary.inactive} inactive${quarantinedPlugins.length + quarantinedSkills.length > 0 ? `; ${quarantinedPlugins.length} plugin(s) and ${quarantinedSkills.length} skill(s) quarantined` : ''}`,
      ...(quarantinedPlugins.length > 0
        ? { fix: `clawguard plugins restore ${quarantinedPlugins[0].id}` }
        : quarantinedSkills.length > 0
          ? { fix: `clawguard skills restore ${quarantinedSkills[0].name}` }
          : {}),
    });

  // 5. Install scripts shown but never approved: they did not run, and the plugin may be missing a build step.
  if (unapprovedScripts.length > 0)
    checks.push({
      id: 'scripts',
      state: 'warn',
      summary: `${unapprovedScripts.length} lifecycle script${unapprovedScripts.length === 1 ? '' : 's'} not approved (not run)`,
      fix: `clawguard plugins approve-scripts ${unapprovedScripts[0].pluginId} --all   # after reading them`,
    });
  else checks.push({ id: 'scripts', state: 'ok', summary: 'no unapproved lifecycle scripts' });

  return {
    schemaVersion: 1,
    stateDir: paths.stateDir,
    configPath: paths.configPath,
    guarded: !checks.some((c) => c.state === 'unguarded'),
    checks,
    installPolicy,
    gateway: { ...wiring, ok: check.summary.ok, refused: check.summary.refused, inactive: check.summary.inactive, unrecorded },
    watchers,
    plugins,
    quarantined: { plugins: quarantinedPlugins, skills: quarantinedSkills },
    unapprovedScripts,
    engine: { version: TOOL_VERSION, rules, rulesDir, ...digestOf(rulesDir) },
    cache: { dirs: cacheDirs, bytes: cacheDirs.reduce((n, d) => n + d.bytes, 0) },
  };
}
