/**
 * Runs the real `clawguard skills watch` in a child process and lets a test await the JSON lines it prints.
 * Waits are on events (each with a deadline that fails the test), never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cliPath, repoRoot } from '../helpers/cli.js';

export interface WatchLine {
  ts: string;
  event: string;
  skill?: { name: string; dir: string; root: string };
  verdict?: string;
  findings?: { ruleId: string; severity: string; file?: string }[];
  quarantine?: { id: string; dir: string };
  [key: string]: unknown;
}

export interface RunningWatch {
  child: ChildProcess;
  lines: WatchLine[];
  stderr(): string;
  /** Resolves with the first line (at or after index `from`) matching `pred`. */
  waitFor(pred: (l: WatchLine) => boolean, options?: { from?: number; timeoutMs?: number }): Promise<WatchLine>;
  /** SIGTERM, then the exit code. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startWatch(args: string[], env: NodeJS.ProcessEnv): Promise<RunningWatch> {
  const child = spawn(process.execPath, [cliPath, 'skills', 'watch', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: WatchLine[] = [];
  let buffer = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.trim()) lines.push(JSON.parse(line) as WatchLine);
    }
    for (const w of waiters) w();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  exited.then(() => {
    done = true;
    for (const w of waiters) w();
  });

  const waitFor: RunningWatch['waitFor'] = (pred, options = {}) =>
    new Promise((resolve, reject) => {
      const from = options.from ?? 0;
      const check = () => {
        const hit = lines.slice(from).find(pred);
        if (hit) {
          cleanup();
          resolve(hit);
        } else if (done) {
          cleanup();
          reject(new Error(`watcher exited before the expected event; lines:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\nstderr:\n${stderr}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for an event; lines so far:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\nstderr:\n${stderr}`));
      }, options.timeoutMs ?? 8000);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const running: RunningWatch = {
    child,
    lines,
    stderr: () => stderr,
    waitFor,
    async stop(signal = 'SIGTERM') {
      if (!done) child.kill(signal);
      return exited;
    },
  };
  await waitFor((l) => l.event === 'ready', { timeoutMs: 15_000 });
  return running;
}

/**
 * The same watcher through the library API, in this process: no CLI start-up and the rules stay compiled
 * between tests, which keeps the suite fast. `stop()` closes it and reports exit code 0.
 */
export async function startLibraryWatch(root: string, quarantineDir: string, options: Record<string, unknown> = {}): Promise<RunningWatch> {
  const { watchSkills } = await import(path.join(repoRoot, 'dist/skills/index.js'));
  const handle = watchSkills({ roots: [{ dir: root, source: 'cli' }], quarantineDir, ...options });
  const lines: WatchLine[] = [];
  const waiters = new Set<() => void>();
  let done = false;
  handle.events.on('event', (e: WatchLine) => {
    lines.push(JSON.parse(JSON.stringify(e)) as WatchLine);
    for (const w of waiters) w();
  });
  const waitFor: RunningWatch['waitFor'] = (pred, opts = {}) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const hit = lines.slice(opts.from ?? 0).find(pred);
        if (hit) {
          cleanup();
          resolve(hit);
        } else if (done) {
          cleanup();
          reject(new Error(`watcher closed before the expected event; lines:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for an event; lines so far:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`));
      }, opts.timeoutMs ?? 8000);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  await handle.ready;
  return {
    child: undefined as unknown as ChildProcess,
    lines,
    stderr: () => '',
    waitFor,
    async stop() {
      done = true;
      await handle.close();
      return { code: 0, signal: null };
    },
  };
}

/** Copy a fixture skill into a temp folder first, then rename it into the root: the skill appears at once. */
export function addSkillAtomically(fixture: string, root: string, name: string): string {
  const staging = path.join(path.dirname(root), `.staging-${name}-${process.pid}`);
  fs.cpSync(fixture, staging, { recursive: true });
  const dest = path.join(root, name);
  fs.renameSync(staging, dest);
  return dest;
}

/** An editor's save: write a temp file beside the target, then rename over it. */
export function saveAtomically(file: string, text: string): void {
  const tmp = `${file}.swp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
