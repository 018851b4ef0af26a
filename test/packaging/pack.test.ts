/**
 * The package as users get it: `npm pack`, then `npm install -g ./clawguard-*.tgz` into a clean prefix, then
 * the installed binary works (`--help`, `plugins inspect <fixture.tgz>`, `policy --print-config`) and `npx
 * clawguard` finds it without the network.
 *
 * Offline by construction: the install runs with `--offline` against an empty npm cache. npm 11 resolves a
 * tarball's dependencies through their full packuments, even with an npm-shrinkwrap.json, and `npm ci` does
 * not leave those in the cache; so the test's copy of the tarball bundles the dependencies instead (the
 * production packages of package-lock.json, copied from node_modules: the versions the suite runs against,
 * with `bundleDependencies` naming the direct ones), and npm installs from the tarball alone.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { c as tarCreate, x as tarExtract } from 'tar';
import { repoRoot, spawnCollected } from '../helpers/cli.js';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string; size: number }>;
}

let work: string;
let prefix: string;
let packed: PackResult;
let binary: string;
/** An empty npm cache of the test's own: nothing is fetched, and the ~25 MB tarball stays out of the user's. */
const npmEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  TMPDIR: process.env.TMPDIR,
  npm_config_cache: path.join(work, 'npm-cache'),
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  NO_COLOR: '1',
  ...extra,
});

/**
 * Copies the production packages of package-lock.json (the tree the suite runs against) from the repo's
 * node_modules into the unpacked copy's node_modules, and returns the direct dependencies to bundle.
 */
function bundleProductionTree(pkgDir: string): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
  for (const [key, entry] of Object.entries<any>(lock.packages)) {
    if (!key || entry.dev || entry.link) continue;
    const from = path.join(repoRoot, key);
    if (!fs.existsSync(from) && (entry.optional || entry.devOptional)) continue;
    // Nested node_modules are lockfile entries of their own (copied, or not, by this loop); .bin is npm's to make.
    const nested = path.join(from, 'node_modules');
    fs.cpSync(from, path.join(pkgDir, key), { recursive: true, filter: (src) => src !== nested });
  }
  return Object.keys(lock.packages[''].dependencies ?? {});
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-pack-'));
  prefix = path.join(work, 'prefix');
  // dist/ was built by the test setup; --ignore-scripts skips `prepare` (a second tsc run).
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8', env: npmEnv() });
  packed = JSON.parse(out)[0];

  const unpacked = path.join(work, 'unpacked');
  const pkgDir = path.join(unpacked, 'package');
  fs.mkdirSync(unpacked);
  await tarExtract({ file: path.join(work, packed.filename), cwd: unpacked });
  const manifestPath = path.join(pkgDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.bundleDependencies = bundleProductionTree(pkgDir);
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const installable = path.join(work, `offline-${packed.filename}`);
  // gzip level 1: the copy is ~25 MB and only this install reads it.
  await tarCreate({ gzip: { level: 1 }, file: installable, cwd: unpacked, portable: true }, ['package']);

  const install = await spawnCollected('npm', ['install', '-g', installable, '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], { env: npmEnv(), timeoutMs: 300_000 });
  expect(install.code, `${install.stdout}\n${install.stderr}`).toBe(0);
  binary = path.join(prefix, 'bin/clawguard');
}, 400_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('the packed package', () => {
  it('carries only the build, the rules, the README and package.json', () => {
    const top = new Set(packed.files.map((f) => f.path.split('/')[0]));
    expect([...top].sort()).toEqual(['README.md', 'dist', 'package.json', 'rules']);
    const bad = packed.files.filter((f) => /\.map$|\.test\.|^src\/|^test\/|^fixtures\/|^bench\/|^docs\//.test(f.path));
    expect(bad).toEqual([]);
    for (const file of ['dist/cli/clawguard.cjs', 'dist/cli/main.js', 'dist/cli/fast/gateway.cjs', 'dist/cli/fast/policy.cjs', 'dist/cli/fast/skills.cjs']) {
      expect(packed.files.some((f) => f.path === file), file).toBe(true);
    }
    expect(packed.files.filter((f) => f.path.startsWith('rules/')).length).toBeGreaterThan(50);
    // Reported in the CI log: the figure docs/architecture.md quotes.
    process.stderr.write(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KiB, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${packed.entryCount} files\n`);
    expect(packed.size).toBeLessThan(2 * 1024 * 1024);
  });

  it('installs globally into a clean prefix without the network, and --help works', async () => {
    const res = await spawnCollected(binary, ['--help'], { env: npmEnv() });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Usage: clawguard');
    expect(res.stdout).toContain('Examples:');
    expect(fs.realpathSync(binary)).toBe(path.join(prefix, 'lib/node_modules/clawguard/dist/cli/clawguard.cjs'));
  });

  it('inspects a fixture plugin tarball from the installed copy', async () => {
    const fixture = execFileSync('npm', ['pack', path.join(repoRoot, 'fixtures/packages/clean-plugin'), '--ignore-scripts', '--pack-destination', work], { encoding: 'utf8', env: npmEnv() }).trim().split('\n').pop()!;
    const home = path.join(work, 'home');
    fs.mkdirSync(home, { recursive: true });
    const res = await spawnCollected(binary, ['plugins', 'inspect', path.join(work, fixture), '--json'], { env: npmEnv({ HOME: home, OPENCLAW_STATE_DIR: path.join(home, '.openclaw') }) });
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.target).toMatchObject({ kind: 'tarball', name: 'clean-plugin', version: '1.0.0' });
    expect(report.verdict).toBe('allow');
  }, 180_000);

  it('policy --print-config points OpenClaw at the installed copy', async () => {
    const home = path.join(work, 'home');
    const res = await spawnCollected(binary, ['policy', '--print-config', '--json'], { env: npmEnv({ HOME: home }) });
    expect(res.code, res.stderr).toBe(0);
    const printed = JSON.parse(res.stdout);
    expect(printed.installPolicy.exec.args[0]).toBe(fs.realpathSync(path.join(prefix, 'lib/node_modules/clawguard/dist/cli/clawguard.cjs')));
    expect(printed.problems).toEqual([]);
  });

  it('npx clawguard runs the installed package with no network', async () => {
    const project = path.join(work, 'project');
    fs.mkdirSync(project);
    const res = await spawnCollected('npx', ['--offline', 'clawguard', '--version'], { cwd: project, env: npmEnv({ npm_config_prefix: prefix }) });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  }, 120_000);
});
