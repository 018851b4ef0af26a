/**
 * Helpers for install tests: a byte-level snapshot of a state dir (every path, type, mode, size, sha256,
 * link target), so "state unchanged" is asserted as equality, not as a few spot checks.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import JSON5 from 'json5';
import { cliPath } from '../helpers/cli.js';

export function snapshotState(root: string, options: { ignoreStaging?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    const abs = path.join(root, rel);
    for (const name of fs.readdirSync(abs).sort()) {
      // What a killed process may leave behind (the contract allows it; the next command cleans it up).
      if (options.ignoreStaging && rel === 'extensions' && name.startsWith('.clawguard-staging-')) continue;
      if (options.ignoreStaging && rel === 'clawguard' && name === 'lock') continue;
      const childRel = rel ? `${rel}/${name}` : name;
      const st = fs.lstatSync(path.join(root, childRel));
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isSymbolicLink()) out[childRel] = `link ${fs.readlinkSync(path.join(root, childRel))}`;
      else if (st.isDirectory()) {
        out[childRel] = `dir ${mode}`;
        walk(childRel);
      } else out[childRel] = `file ${mode} ${st.size} ${createHash('sha256').update(fs.readFileSync(path.join(root, childRel))).digest('hex')}`;
    }
  };
  walk('');
  return out;
}

export function stagingDirs(stateDir: string): string[] {
  try {
    return fs.readdirSync(path.join(stateDir, 'extensions')).filter((n) => n.startsWith('.clawguard-staging-'));
  } catch {
    return [];
  }
}

/**
 * Resolve once a process that announced a pause (CLAWGUARD_FAULT_PAUSE) is in the stopped state (Linux /proc:
 * state `T`). The announcement comes just before the process stops itself: a SIGCONT sent in between is lost
 * and the process then stays stopped for good.
 */
export async function waitUntilStopped(pid: number): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`process ${pid} announced a pause but never stopped`);
}

/** Start the CLI and resolve once it has paused at a fault point (CLAWGUARD_FAULT_PAUSE): announced, and stopped. */
export function startPaused(args: string[], env: NodeJS.ProcessEnv, point: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env: { ...env, CLAWGUARD_FAULT_PAUSE: point }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout!.resume();
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      // Stopped, not only announced (seen once in CI on a loaded machine: a SIGCONT sent in between was lost).
      if (stderr.includes(`paused at ${point}`)) waitUntilStopped(child.pid!).then(() => resolve(child), reject);
    });
    child.on('exit', (code) => reject(new Error(`CLI exited (${code}) before pausing at ${point}:\n${stderr}`)));
  });
}

export function killAndWait(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** JSON5, because openclaw.json may carry comments. */
export function readJson<T = any>(file: string): T {
  return JSON5.parse(fs.readFileSync(file, 'utf8')) as T;
}
