/**
 * Run the real built CLI (`dist/cli/clawguard.cjs`) in a child process with an isolated home, npm config and
 * cache, pointed at the test registry. Never reaches beyond loopback.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, inject } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The `clawguard` executable (the launcher bundle, which hands every other command line to dist/cli/main.js). */
export const cliPath = path.join(repoRoot, 'dist/cli/clawguard.cjs');

export interface Sandbox {
  root: string;
  home: string;
  stateDir: string;
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** A fresh temp home + state dir, with an .npmrc that points at `registryUrl` (if given) and a private cache. */
export function makeSandbox(registryUrl?: string): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-test-'));
  const home = path.join(root, 'home');
  const stateDir = path.join(home, '.openclaw');
  fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const npmrc = path.join(home, '.npmrc');
  fs.writeFileSync(npmrc, registryUrl ? `registry=${registryUrl}\n` : '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    OPENCLAW_STATE_DIR: stateDir,
    npm_config_userconfig: npmrc,
    npm_config_globalconfig: path.join(root, 'npmrc-global'),
    npm_config_cache: path.join(root, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  return { root, home, stateDir, env, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json<T = any>(): T;
}

export interface SpawnOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to stdin, which is then closed. */
  input?: string;
  timeoutMs?: number;
}

export interface Collected {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawn a command, feed stdin, collect stdout and stderr; SIGKILL after the timeout. Never throws on a non-zero exit. */
export function spawnCollected(command: string, argv: string[], options: SpawnOptions = {}): Promise<Collected> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    // A child that exits before reading stdin must not turn into an EPIPE error here.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** `JSON.parse(stdout)` with both streams in the error, for assertions. */
export function parseStdout<T>(label: string, { stdout, stderr }: Collected): T {
  try {
    return JSON.parse(stdout) as T;
  } catch (err) {
    throw new Error(`${label} is not JSON (${(err as Error).message}):\n${stdout}\nstderr:\n${stderr}`);
  }
}

export async function runCli(args: string[], options: SpawnOptions = {}): Promise<CliResult> {
  const result = await spawnCollected(process.execPath, [cliPath, ...args], options);
  return { ...result, json: () => parseStdout('stdout', result) };
}

/**
 * One sandbox per call, pointed at the test registry, removed after each test:
 * `const sandbox = useSandboxes();` at the top of a test file, then `const box = sandbox();` in a test.
 */
export function useSandboxes(): () => Sandbox {
  const boxes: Sandbox[] = [];
  afterEach(() => {
    while (boxes.length) boxes.pop()!.cleanup();
  });
  return () => {
    const box = makeSandbox(inject('registryUrl'));
    boxes.push(box);
    return box;
  };
}
