import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { stateFingerprint, treeSandbox, type TreeSandbox } from './helpers.js';

const sandboxes: TreeSandbox[] = [];
const sandbox = () => {
  const s = treeSandbox(inject('registryUrl'));
  sandboxes.push(s);
  return s;
};
afterAll(() => {
  for (const s of sandboxes) s.cleanup();
});

/** Edit a package document in Verdaccio's storage (it reads storage on every request). */
function editStoredPackument(name: string, edit: (doc: { time: Record<string, string> }) => void): void {
  const file = path.join(inject('registryStorage'), name, 'package.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(doc);
  fs.writeFileSync(file, JSON.stringify(doc));
}

describe('whole-tree inspection', () => {
  it('lists the implicit node-gyp build of a binding.gyp dependency with its path', async () => {
    const s = sandbox();
    const res = await s.cli(['plugins', 'inspect', 'tree-plugin-a@1.1.0', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const report = res.json();
    expect(report.lifecycleScripts).toContainEqual(
      expect.objectContaining({ package: 'tree-gyp-dep@1.0.0', path: 'tree-plugin-a>tree-gyp-dep', event: 'install', command: 'node-gyp rebuild', approved: false }),
    );
    expect(report.stats.packages).toBe(5);
    // The test registry publishes no signing keys: reported, not a failure.
    expect(report.tree.signatures[0]).toMatch(/^signatures not available/);
    expect(fs.readdirSync(s.stateDir)).toEqual([]);
  });

  it('a malicious transitive dependency blocks the install, named with its dependency path; state unchanged', async () => {
    const s = sandbox();
    const before = stateFingerprint(s.stateDir);
    const res = await s.cli(['plugins', 'install', 'tree-plugin-evil@1.0.0', '--min-release-age', '0', '--yes', '--json']);
    expect(res.code, res.stderr).toBe(1);
    const report = res.json();
    expect(report.verdict).toBe('block');
    const critical = report.findings.filter((f: { severity: string }) => f.severity === 'critical');
    expect(critical.length).toBeGreaterThan(0);
    for (const f of critical) expect(f).toMatchObject({ package: 'tree-evil-dep@1.0.0', path: 'tree-plugin-evil>tree-wrapper>tree-evil-dep' });
    expect(stateFingerprint(s.stateDir)).toEqual(before);
  });

  it('refuses a tree holding a too-new package (exit 1), naming it, its publish time and the override', async () => {
    // The plugin itself is old enough; its dependency was published seconds ago.
    editStoredPackument('tree-plugin-age', (doc) => {
      doc.time['1.0.0'] = '2020-01-01T00:00:00.000Z';
    });
    const s = sandbox();
    const before = stateFingerprint(s.stateDir);
    const res = await s.cli(['plugins', 'install', 'tree-plugin-age@1.0.0', '--yes']);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toMatch(/tree-age-dep@1\.0\.0 \(tree-plugin-age>tree-age-dep\): published \d{4}-\d\d-\d\dT/);
    expect(res.stderr).toContain('--min-release-age 0');
    expect(stateFingerprint(s.stateDir)).toEqual(before);
    const accepted = await s.cli(['plugins', 'install', 'tree-plugin-age@1.0.0', '--yes', '--min-release-age', '0']);
    expect(accepted.code, accepted.stderr).toBe(0);
  });

  it('--require-provenance refuses a tree without provenance (the test registry has none)', async () => {
    const s = sandbox();
    const res = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes', '--require-provenance']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('tree-mid@1.0.0 (tree-plugin-a>tree-mid)');
  });
});

describe('install exactly what was inspected', () => {
  const dist = (p: string) => path.join(repoRoot, 'dist', p);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-tree-tamper-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  async function plan(cacheDir: string, name: string) {
    const { planTree } = await import(dist('tree/index.js'));
    const { loadNpmOptions } = await import(dist('resolve/npm-config.js'));
    const pluginDir = path.join(work, name, 'plugin');
    fs.mkdirSync(pluginDir, { recursive: true });
    fs.writeFileSync(path.join(pluginDir, 'package.json'), JSON.stringify({ name: 'tamper-host', version: '1.0.0', dependencies: { 'tree-tamper-dep': '1.0.0' } }));
    // No retries: an integrity failure is not transient, and npm's back-off would only slow the test down.
    const npmOptions = await loadNpmOptions({ registry: inject('registryUrl'), cacheDir, env: { HOME: work, PATH: process.env.PATH, npm_config_fetch_retries: '0' } });
    const treePlan = await planTree({ pluginDir, workDir: path.join(work, name, 'work'), npmOptions, pluginName: 'tamper-host', pluginVersion: '1.0.0', minReleaseAgeDays: 0 });
    return { treePlan, pluginDir, npmOptions };
  }

  it('installs the inspected bytes even when the registry changes the tarball after inspection; a tarball altered on disk fails integrity (exit 3)', async () => {
    const { installTree } = await import(dist('tree/index.js'));
    const fromRegistry = await plan(path.join(work, 'cache-a'), 'registry-swap');
    const onDisk = await plan(path.join(work, 'cache-b'), 'disk-swap');

    // The attacker swaps the tarball in the registry's storage after inspection (the packument still
    // publishes the inspected integrity). Any bytes will do: use another package's valid tarball.
    const storage = inject('registryStorage');
    fs.copyFileSync(path.join(storage, 'tree-util/tree-util-1.0.0.tgz'), path.join(storage, 'tree-tamper-dep/tree-tamper-dep-1.0.0.tgz'));
    fs.rmSync(path.join(work, 'cache-a'), { recursive: true, force: true });
    await installTree(fromRegistry.treePlan, fromRegistry.pluginDir, fromRegistry.npmOptions);
    expect(fs.readFileSync(path.join(fromRegistry.pluginDir, 'node_modules/tree-tamper-dep/index.js'), 'utf8')).toContain('tree_tamper_dep');

    // The kept tarball itself altered between inspection and install: the lockfile's integrity refuses it.
    const [pkg] = onDisk.treePlan.packages;
    fs.copyFileSync(path.join(storage, 'tree-util/tree-util-1.0.0.tgz'), pkg.tarballPath);
    const err = await installTree(onDisk.treePlan, onDisk.pluginDir, onDisk.npmOptions).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'EINTEGRITY', exitClass: 'operational', detail: { what: 'tree-tamper-dep@1.0.0' } });
    expect(fs.existsSync(path.join(onDisk.pluginDir, 'node_modules'))).toBe(false);
  });

  /** A plugin whose tarball bundled some of its dependencies (node_modules/<name> shipped inside it). */
  async function planBundled(name: string, dependencies: Record<string, string>, bundled: Record<string, string>) {
    const { planTree } = await import(dist('tree/index.js'));
    const { loadNpmOptions } = await import(dist('resolve/npm-config.js'));
    const pluginDir = path.join(work, name, 'plugin');
    fs.mkdirSync(pluginDir, { recursive: true });
    fs.writeFileSync(path.join(pluginDir, 'package.json'), JSON.stringify({ name, version: '1.0.0', dependencies, bundledDependencies: Object.keys(bundled) }));
    for (const [dep, version] of Object.entries(bundled)) {
      fs.mkdirSync(path.join(pluginDir, 'node_modules', dep), { recursive: true });
      fs.writeFileSync(path.join(pluginDir, 'node_modules', dep, 'package.json'), JSON.stringify({ name: dep, version, main: 'index.js' }));
      fs.writeFileSync(path.join(pluginDir, 'node_modules', dep, 'index.js'), `module.exports = 'bundled ${dep}';\n`);
    }
    const npmOptions = await loadNpmOptions({ registry: inject('registryUrl'), cacheDir: path.join(work, name, 'cache'), env: { HOME: work, PATH: process.env.PATH } });
    const treePlan = await planTree({ pluginDir, workDir: path.join(work, name, 'work'), npmOptions, pluginName: name, pluginVersion: '1.0.0', minReleaseAgeDays: 0 });
    return { treePlan, pluginDir, npmOptions };
  }

  it('a dependency the plugin bundled is not extracted again: the bundled copy stays, the rest of the plan is installed as inspected', async () => {
    const { installTree } = await import(dist('tree/index.js'));
    const { treePlan, pluginDir, npmOptions } = await planBundled('bundling-host', { 'tree-mid': '1.1.0', 'tree-util': '1.0.0' }, { 'tree-mid': '1.1.0' });
    // Planned (and inspected) from the registry like any dependency: tree-mid and, hoisted, what it requires.
    expect(treePlan.packages.map((p: { location: string }) => p.location)).toEqual(['node_modules/tree-canary-dep', 'node_modules/tree-mid', 'node_modules/tree-util']);
    await installTree(treePlan, pluginDir, npmOptions);
    // The bundled copy is what is installed (as before); the registry's tree-mid was never unpacked.
    expect(fs.readFileSync(path.join(pluginDir, 'node_modules/tree-mid/index.js'), 'utf8')).toContain('bundled tree-mid');
    expect(fs.existsSync(path.join(treePlan.planDir, 'node_modules/tree-mid'))).toBe(false);
    // What only the bundled package required is still installed, from the inspected tarballs.
    expect(JSON.parse(fs.readFileSync(path.join(pluginDir, 'node_modules/tree-canary-dep/package.json'), 'utf8')).version).toBe('1.1.0');
    expect(JSON.parse(fs.readFileSync(path.join(pluginDir, 'node_modules/tree-util/package.json'), 'utf8')).version).toBe('1.0.0');
    expect(fs.readdirSync(path.join(pluginDir, 'node_modules')).filter((n) => !n.startsWith('.')).sort()).toEqual(['tree-canary-dep', 'tree-mid', 'tree-util']);
  });

  it('a package of the plan that requires a bundled one keeps the whole plan (installed as before)', async () => {
    const { installTree } = await import(dist('tree/index.js'));
    const { treePlan, pluginDir, npmOptions } = await planBundled('bundling-host-2', { 'tree-mid': '1.1.0' }, { 'tree-canary-dep': '1.1.0' });
    await installTree(treePlan, pluginDir, npmOptions);
    expect(fs.readFileSync(path.join(pluginDir, 'node_modules/tree-canary-dep/index.js'), 'utf8')).toContain('bundled tree-canary-dep');
    expect(JSON.parse(fs.readFileSync(path.join(pluginDir, 'node_modules/tree-mid/package.json'), 'utf8')).version).toBe('1.1.0');
    // Extracted and verified in the plan as before, then left behind by the move.
    expect(fs.existsSync(path.join(treePlan.planDir, 'node_modules/tree-canary-dep'))).toBe(true);
  });

  it('the CLI reports the altered tarball as an integrity failure, exit 3, state unchanged', async () => {
    const s = sandbox();
    const before = stateFingerprint(s.stateDir);
    const res = await s.cli(['plugins', 'install', 'tree-plugin-tamper@1.0.0', '--min-release-age', '0', '--yes'], { npm_config_fetch_retries: '0' });
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toMatch(/tree-tamper-dep@1\.0\.0.*integrity/);
    expect(stateFingerprint(s.stateDir)).toEqual(before);
  });
});
