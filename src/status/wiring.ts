/**
 * Is each guard actually in the path? Three questions an operator cannot answer from clawguard's own records:
 * does OpenClaw's install policy run *this* clawguard, does something run `gateway check` before the gateway
 * starts, and is a skill watcher running. Each answer names the file or process it was read from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { OpenClawConfig } from '../config/openclaw-config.js';
import { buildInstallPolicyConfig } from '../openclaw/print-config.js';
import { resolveStatePaths } from '../core/state.js';

export interface PolicyHookState {
  /** `security.installPolicy.enabled` is true and its exec runs `… policy`. */
  configured: boolean;
  /** The configured command and script are this node and this clawguard build (symlinks resolved). */
  pointsHere: boolean;
  /** Targets the hook covers (absent or empty in the config means both, as in OpenClaw). */
  targets: string[];
  command?: string;
  script?: string;
  /** OpenClaw's path checks on this clawguard (from `policy --print-config`): a problem makes installs fail closed. */
  problems: Array<{ problem: string; fix: string }>;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

export function policyHookState(config: OpenClawConfig): PolicyHookState {
  const policy = (config.security?.installPolicy ?? {}) as { enabled?: unknown; targets?: unknown; exec?: { command?: unknown; args?: unknown } };
  const args = Array.isArray(policy.exec?.args) ? policy.exec!.args.filter((a): a is string => typeof a === 'string') : [];
  const command = typeof policy.exec?.command === 'string' ? policy.exec.command : undefined;
  const rawTargets = Array.isArray(policy.targets) ? policy.targets.filter((t): t is string => typeof t === 'string') : [];
  const targets = rawTargets.length > 0 ? [...new Set(rawTargets)] : ['plugin', 'skill'];
  const configured = policy.enabled === true && args.includes('policy');
  // "This clawguard": the same node binary and entry script `policy --print-config` would print now, or this
  // build's full CLI (dist/cli/main.js, which earlier versions printed: it answers the same, only slower to start).
  const here = buildInstallPolicyConfig();
  const entry = here.installPolicy.exec.args[0];
  const script = args[0];
  const pointsHere =
    configured &&
    command !== undefined &&
    script !== undefined &&
    realpathOr(command) === here.installPolicy.exec.command &&
    [entry, path.join(path.dirname(entry), 'main.js')].includes(realpathOr(script));
  return { configured, pointsHere, targets, ...(command ? { command } : {}), ...(script ? { script } : {}), problems: here.problems };
}

export interface GatewayWiring {
  /** Files that run `clawguard gateway check` before the gateway (service units, drop-ins, plists, wrappers). */
  wiredIn: string[];
  /** Gateway service files and wrappers found that do not run it. */
  notWiredIn: string[];
}

/** A file runs the check when one line names clawguard (or its entry script) together with `gateway check`. */
const RUNS_CHECK = /(clawguard|dist\/cli\/main\.js)\b[^\n]*\bgateway\s+check\b/;

function readSmall(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > 1024 * 1024) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/**
 * Where an OpenClaw gateway is started from: systemd units named `openclaw*.service` (user and system) with
 * their drop-ins, launchd agents `ai.openclaw*.plist`, and `openclaw-gateway` wrappers in ~/bin,
 * ~/.local/bin and on PATH. `extra` adds files the operator names (`clawguard status --service FILE`).
 */
export function gatewayStartFiles(env: NodeJS.ProcessEnv, extra: readonly string[] = []): string[] {
  const home = env.HOME ?? '';
  const xdg = env.XDG_CONFIG_HOME || (home ? path.join(home, '.config') : '');
  const systemdDirs = [xdg && path.join(xdg, 'systemd/user'), '/etc/systemd/user', '/etc/systemd/system'].filter(Boolean);
  const files: string[] = [];
  for (const dir of systemdDirs) {
    for (const entry of listDir(dir)) {
      const name = path.basename(entry);
      if (/^openclaw[\w@.-]*\.service$/.test(name)) files.push(entry);
      if (/^openclaw[\w@.-]*\.service\.d$/.test(name)) files.push(...listDir(entry).filter((f) => f.endsWith('.conf')));
    }
  }
  if (home) files.push(...listDir(path.join(home, 'Library/LaunchAgents')).filter((f) => /\/ai\.openclaw[^/]*\.plist$/.test(f)));
  const binDirs = [home && path.join(home, 'bin'), home && path.join(home, '.local/bin'), ...(env.PATH ?? '').split(path.delimiter)].filter(Boolean);
  for (const dir of binDirs) files.push(path.join(dir, 'openclaw-gateway'));
  files.push(...extra.map((f) => path.resolve(f)));
  return [...new Set(files)].filter((f) => readSmall(f) !== undefined);
}

export function gatewayWiring(env: NodeJS.ProcessEnv, extra: readonly string[] = []): GatewayWiring {
  const wiredIn: string[] = [];
  const notWiredIn: string[] = [];
  for (const file of gatewayStartFiles(env, extra)) (RUNS_CHECK.test(readSmall(file) ?? '') ? wiredIn : notWiredIn).push(file);
  return { wiredIn, notWiredIn };
}

export interface WatcherProcess {
  pid: number;
  command: string;
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function parseEnviron(raw: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const kv of raw.split('\0')) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

/**
 * `clawguard skills watch` processes of this user that watch this state dir (Linux: /proc, where each
 * process's own flags and environment say which state dir it resolved; elsewhere: ps, by its flags only).
 */
export function runningWatchers(stateDir: string): WatcherProcess[] {
  const watcherArgs = (argv: string[]) => {
    const i = argv.findIndex((a) => /(^|\/)clawguard$|dist\/cli\/(main\.js|clawguard\.cjs)$/.test(a));
    return i >= 0 && argv[i + 1] === 'skills' && argv[i + 2] === 'watch' ? argv.slice(i + 3) : undefined;
  };
  const sameState = (args: string[], env: NodeJS.ProcessEnv, cwd: string) => {
    const flag = flagValue(args, '--state-dir');
    const config = flagValue(args, '--config');
    const resolved = resolveStatePaths({
      stateDir: flag ? path.resolve(cwd, flag) : undefined,
      config: config ? path.resolve(cwd, config) : undefined,
      env,
    });
    return resolved.stateDir === path.resolve(stateDir);
  };
  const found: WatcherProcess[] = [];
  const uid = process.getuid?.();
  if (fs.existsSync('/proc/self/cmdline')) {
    for (const name of listDir('/proc').map((p) => path.basename(p))) {
      if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
      try {
        if (uid !== undefined && fs.statSync(`/proc/${name}`).uid !== uid) continue;
        const argv = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const args = watcherArgs(argv);
        if (!args) continue;
        const env = parseEnviron(fs.readFileSync(`/proc/${name}/environ`, 'utf8'));
        if (sameState(args, env, fs.readlinkSync(`/proc/${name}/cwd`))) found.push({ pid: Number(name), command: argv.join(' ') });
      } catch {
        /* the process ended while we looked, or is not ours to read */
      }
    }
    return found;
  }
  try {
    const out = execFileSync('ps', ['-x', '-o', 'pid=,args='], { encoding: 'utf8', timeout: 5000 });
    for (const line of out.split('\n')) {
      const m = /^\s*(\d+)\s+(.*)$/.exec(line);
      const args = m ? watcherArgs(m[2].split(/\s+/)) : undefined;
      // Without another process's environment, only an explicit --state-dir can tell a different installation.
      if (m && args && Number(m[1]) !== process.pid && (!flagValue(args, '--state-dir') || sameState(args, process.env, process.cwd())))
        found.push({ pid: Number(m[1]), command: m[2] });
    }
  } catch {
    /* no ps: reported as no watcher found */
  }
  return found;
}
