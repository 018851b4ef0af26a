/**
 * Every input gets a report: a dependency deep in a plugin's tree that comes from git or a URL, or that the
 * registry does not have, is a finding naming its path (plugin>dep>dep) in a report of everything else,
 * not an error that ends the command (it used to be exit 3 "check the registry").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error plain ESM helper without type declarations
import { packDir, publishTarball } from '../../scripts/lib/registry.mjs';
import { runCli, useSandboxes } from '../helpers/cli.js';
import { snapshotState } from './state.js';

const sandbox = useSandboxes();

async function publish(registry: string, manifest: Record<string, unknown>, files: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-unres-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    await publishTarball(registry, manifest, await packDir(dir), { tag: 'latest' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const UNRESOLVABLE = {
  'unres-git-dep': 'git+https://example.invalid/owner/repo.git',
  'unres-url-dep': 'http://127.0.0.1:1/unres-url-dep.tgz',
  'unres-missing-dep': '1.0.0',
};

beforeAll(async () => {
  const registry = inject('registryUrl');
  await publish(registry, { name: 'unres-leaf', version: '1.0.0', main: 'index.js' }, { 'index.js': 'module.exports = 1;\n' });
  await publish(registry, { name: 'unres-mid', version: '1.0.0', main: 'index.js', dependencies: { 'unres-leaf': '1.0.0', ...UNRESOLVABLE } }, { 'index.js': "module.exports = require('unres-leaf');\n" });
  await publish(
    registry,
    { name: 'unres-plugin', version: '1.0.0', type: 'module', openclaw: { extensions: ['./dist/index.js'] }, dependencies: { 'unres-mid': '1.0.0' } },
    {
      'openclaw.plugin.json': JSON.stringify({ id: 'unres-plugin', configSchema: { type: 'object', additionalProperties: false, properties: {} } }),
      'dist/index.js': 'export default { id: "unres-plugin", register() {} };\n',
    },
  );
}, 120_000);

describe('unresolvable dependencies deep in the tree', () => {
  it('inspect: a complete report; each unresolvable dependency is a critical finding with its path and why', async () => {
    const box = sandbox();
    const res = await runCli(['plugins', 'inspect', 'unres-plugin@1.0.0', '--json'], { env: box.env, timeoutMs: 280_000 });
    expect(res.code, res.stderr).toBe(1);
    const report = res.json();
    expect(report.verdict).toBe('block');
    const found = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'tree-dependency-outside-registry');
    expect(found.map((f: { path: string }) => f.path).sort()).toEqual(Object.keys(UNRESOLVABLE).map((n) => `unres-plugin>unres-mid>${n}`).sort());
    expect(found.find((f: { package: string }) => f.package === 'unres-git-dep').message).toContain('comes from git');
    expect(found.find((f: { package: string }) => f.package === 'unres-url-dep').message).toContain('comes from a URL');
    expect(found.find((f: { package: string }) => f.package === 'unres-missing-dep').message).toContain('the registry does not have this package');
    // Everything else was inspected: the plugin, the middle package and the leaf.
    expect(report.stats.packages).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it('install: refused by policy (exit 1) with the same findings, state unchanged', async () => {
    const box = sandbox();
    const before = snapshotState(box.stateDir);
    const res = await runCli(['plugins', 'install', 'unres-plugin@1.0.0', '--yes', '--min-release-age', '0'], { env: box.env, timeoutMs: 280_000 });
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout + res.stderr).toContain('unres-plugin>unres-mid>unres-git-dep');
    expect(snapshotState(box.stateDir)).toEqual(before);
  }, 300_000);
});
