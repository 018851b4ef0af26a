/**
 * The fault harness: a state fingerprint (every path, type, mode and content hash under the state dir),
 * lanes that hold a state dir at a fixed path (the ledger records absolute paths, so a prepared state is
 * copied back to the same place, never elsewhere), and the kill-at-each-point loop.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cliPath, makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';

/**
 * Keys whose values differ between two runs of the same command (clock, inode, the hash of a manifest that
 * holds them). A fingerprint blanks them in clawguard's own JSON records so "equal to the after state"
 * can compare a killed-then-recovered run with the traced run; every other byte counts.
 */
const VOLATILE = new Set(['installedAt', 'createdAt', 'approvedAt', 'at', 'quarantinedAt', 'acquiredAt', 'mtimeMs', 'ctimeMs', 'ino', 'dev', 'manifestSha256', 'durationMs', 'ts']);

function normalizeJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = VOLATILE.has(k) ? '*' : normalizeJson(v);
    return out;
  }
  return value;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/**
 * Every path under `stateDir`: directories with their mode, links with their target, files with mode and
 * content hash (clawguard's JSON records with volatile values blanked). The inspection cache is left out:
 * it is content-addressed, written atomically, and not part of the before/after promise.
 */
export function fingerprint(stateDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of fs.readdirSync(path.join(stateDir, rel)).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      if (childRel === 'clawguard/cache') continue;
      const abs = path.join(stateDir, childRel);
      const st = fs.lstatSync(abs);
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isSymbolicLink()) out[childRel] = `link ${fs.readlinkSync(abs)}`;
      else if (st.isDirectory()) {
        out[childRel] = `dir ${mode}`;
        walk(childRel);
      } else {
        const bytes = fs.readFileSync(abs);
        let content = sha(bytes);
        if (childRel.startsWith('clawguard/') && name.endsWith('.json')) {
          try {
            content = `json ${sha(JSON.stringify(normalizeJson(JSON.parse(bytes.toString('utf8')))))}`;
          } catch {
            /* not JSON: raw bytes */
          }
        }
        out[childRel] = `file ${mode} ${content}`;
      }
    }
  };
  walk('');
  return out;
}

/** The keys where two fingerprints differ, for a readable failure. */
export function diffKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

export function copyTree(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  // cp -a: modes, links and timestamps exactly (the gateway's fast path trusts mtime/ctime/inode, a fresh
  // copy gets new ones either way, which is what a deep check covers).
  execFileSync('cp', ['-a', from, to]);
}

/** A sandbox whose state dir lives at one fixed path, with named prepared states to copy back. */
export class Lane {
  readonly box: Sandbox;
  private readonly templates = new Map<string, string>();

  constructor(registryUrl: string) {
    this.box = makeSandbox(registryUrl);
  }

  get stateDir(): string {
    return this.box.stateDir;
  }

  /** Empty the state dir. */
  reset(): void {
    fs.rmSync(this.stateDir, { recursive: true, force: true });
    fs.mkdirSync(this.stateDir, { mode: 0o700 });
  }

  /** Put the named state in place, building it once with `build` (which starts from reset() or another state). */
  async state(name: string, build: () => Promise<void>): Promise<void> {
    const saved = this.templates.get(name);
    if (saved) return copyTree(saved, this.stateDir);
    await build();
    const dest = path.join(this.box.root, `template-${name}`);
    copyTree(this.stateDir, dest);
    this.templates.set(name, dest);
  }

  cli(args: string[], env: NodeJS.ProcessEnv = {}) {
    return runCli(args, { env: { ...this.box.env, ...env }, timeoutMs: 600_000 });
  }

  cleanup(): void {
    this.box.cleanup();
  }
}

export interface RunOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a command; with `until`, a long-running one (the watcher) is sent SIGTERM once its stdout contains
 * that text. A process that kills itself at a fault point ends with signal SIGKILL.
 */
export function runUntil(args: string[], env: NodeJS.ProcessEnv, until?: string, timeoutMs = 600_000): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stopSent = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      // One SIGTERM: the watcher stops on the first and, like any CLI, dies on the default action of a second,
      // which a later line of its output (a quarantine event, a log line) would otherwise send.
      if (until && !stopSent && stdout.includes(until)) {
        stopSent = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not finish in ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export interface FaultCommand {
  /** Label in the report, e.g. "install". */
  name: string;
  args: string[];
  /** Exit code of an uninterrupted run. */
  exit: number;
  /** Watcher-style command: stop it once stdout shows this. */
  until?: string;
  /** Put the "before" state in place. */
  prepare(): Promise<void>;
}

export interface FaultResult {
  command: string;
  points: string[];
  /** For each point: which state the next command left ("before" or "after"). */
  outcomes: Record<string, 'before' | 'after'>;
}

/** The command every case runs after the kill: a mutating command (takes the lock, recovers), refused as bad input. */
export const NEXT_COMMAND = ['plugins', 'uninstall', 'no-such-plugin-id'];

/**
 * Trace the command once (its points and its after state), then for each point: put the before state back,
 * run the command with CLAWGUARD_FAULT_KILL=<point>, run the next command, and require the fingerprint to
 * equal the before or the after state exactly.
 */
export async function killAtEveryPoint(lane: Lane, cmd: FaultCommand, next: { args: string[]; exit: number } = { args: NEXT_COMMAND, exit: 2 }): Promise<FaultResult> {
  await cmd.prepare();
  const before = fingerprint(lane.stateDir);
  const trace = path.join(lane.box.root, `trace-${cmd.name}.txt`);
  fs.rmSync(trace, { force: true });
  const traced = await runUntil(cmd.args, { ...lane.box.env, CLAWGUARD_FAULT_TRACE: trace }, cmd.until);
  if (traced.code !== cmd.exit) throw new Error(`${cmd.name}: the uninterrupted run exited ${traced.code} (${traced.signal}), expected ${cmd.exit}:\n${traced.stderr}`);
  const after = fingerprint(lane.stateDir);
  // The inspection cache the traced run filled is kept for the kill runs (it is not part of the fingerprint):
  // each kill run then spends its time on the steps the points sit between, not on re-inspecting.
  const cache = path.join(lane.stateDir, 'clawguard/cache');
  const keptCache = path.join(lane.box.root, 'kept-cache');
  if (fs.existsSync(cache)) copyTree(cache, keptCache);
  const points = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean) : [];
  const outcomes: FaultResult['outcomes'] = {};
  for (const point of points) {
    await cmd.prepare();
    if (fs.existsSync(keptCache) && fs.existsSync(path.dirname(cache))) copyTree(keptCache, cache);
    const killed = await runUntil(cmd.args, { ...lane.box.env, CLAWGUARD_FAULT_KILL: point }, cmd.until);
    if (killed.signal !== 'SIGKILL') throw new Error(`${cmd.name} @ ${point}: expected the process to kill itself, it exited ${killed.code} (${killed.signal}):\n${killed.stderr}`);
    const after2 = await lane.cli(next.args);
    if (after2.code !== next.exit) throw new Error(`${cmd.name} @ ${point}: the next command exited ${after2.code}, expected ${next.exit}:\n${after2.stderr}`);
    const now = fingerprint(lane.stateDir);
    const dBefore = diffKeys(before, now);
    const dAfter = diffKeys(after, now);
    if (dBefore.length === 0) outcomes[point] = 'before';
    else if (dAfter.length === 0) outcomes[point] = 'after';
    else
      throw new Error(
        `${cmd.name} @ ${point}: the state after recovery is neither the before nor the after state\n  differs from before: ${dBefore.join(', ')}\n  differs from after: ${dAfter.join(', ')}`,
      );
  }
  return { command: cmd.name, points, outcomes };
}
