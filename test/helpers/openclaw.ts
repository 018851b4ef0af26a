/**
 * Run the REAL OpenClaw CLI (openclaw@2026.9.6 on a pinned Node 24, prepared by `node scripts/setup-openclaw.mjs`)
 * in a child process. Pair it with `makeSandbox()` from ./cli.ts: its env carries a fresh HOME and
 * OPENCLAW_STATE_DIR, so OpenClaw never touches the real ~/.openclaw and no Gateway lock exists (installs run
 * in-process, offline).
 *
 * A test that needs OpenClaw must fail, not skip, when the setup was not run: `requireOpenClaw()` throws with
 * the command to run. `openclawAvailable()` is for messages and diagnostics only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseStdout, repoRoot, spawnCollected } from './cli.js';

export const OPENCLAW_VERSION = '2026.9.6';

export interface OpenClawInstall {
  /** Absolute path of the Node 24 binary OpenClaw runs on. */
  node: string;
  /** Absolute path of `node_modules/openclaw/openclaw.mjs`. */
  entry: string;
  nodeVersion: string;
  openclawVersion: string;
}

const readyFile = path.join(repoRoot, '.cache/openclaw/ready.json');

function readInstall(): OpenClawInstall | undefined {
  try {
    const ready = JSON.parse(fs.readFileSync(readyFile, 'utf8'));
    if (ready.openclawVersion !== OPENCLAW_VERSION) return undefined;
    if (!fs.existsSync(ready.node) || !fs.existsSync(ready.openclawEntry)) return undefined;
    return { node: ready.node, entry: ready.openclawEntry, nodeVersion: ready.nodeVersion, openclawVersion: ready.openclawVersion };
  } catch {
    return undefined;
  }
}

export function openclawAvailable(): boolean {
  return readInstall() !== undefined;
}

/** The prepared install, or an error that says how to prepare it (tests fail with it rather than skip). */
export function requireOpenClaw(): OpenClawInstall {
  const install = readInstall();
  if (!install)
    throw new Error(
      `the real OpenClaw CLI (openclaw@${OPENCLAW_VERSION} on Node 24) is not prepared in .cache/openclaw/. ` +
        'Run `node scripts/setup-openclaw.mjs` (or `npm run test:openclaw`, which runs it first).',
    );
  return install;
}

export interface OpenClawResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for assertions on messages OpenClaw may print on either stream. */
  output: string;
  json<T = any>(): T;
}

export interface RunOpenClawOptions {
  /** Environment for OpenClaw (e.g. `makeSandbox().env`); PATH falls back to this process's. */
  env?: NodeJS.ProcessEnv;
  /** Sets OPENCLAW_STATE_DIR (overrides env). */
  stateDir?: string;
  /** Written to stdin, which is then closed (stdin is never a TTY, so OpenClaw never prompts). */
  input?: string;
  cwd?: string;
  timeoutMs?: number;
}

/** `openclaw <args…>` on the pinned Node 24. Resolves with the exit code; never throws on a non-zero exit. */
export async function runOpenClaw(args: string[], options: RunOpenClawOptions = {}): Promise<OpenClawResult> {
  const install = requireOpenClaw();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    ...options.env,
    ...(options.stateDir ? { OPENCLAW_STATE_DIR: options.stateDir } : {}),
  };
  if (!env.HOME) throw new Error('runOpenClaw needs a HOME in env (use makeSandbox().env): never run OpenClaw against the real ~/.openclaw');
  const result = await spawnCollected(install.node, [install.entry, ...args], { ...options, env, cwd: options.cwd ?? env.HOME });
  return { ...result, output: `${result.stdout}\n${result.stderr}`, json: () => parseStdout('openclaw stdout', result) };
}
