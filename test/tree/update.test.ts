import { afterAll, describe, expect, inject, it } from 'vitest';
import { treeSandbox, type TreeSandbox } from './helpers.js';

const sandboxes: TreeSandbox[] = [];
afterAll(() => {
  for (const s of sandboxes) s.cleanup();
});

describe('plugins update', () => {
  it('diffs the candidate against the installed version: added script and dependency are high findings', async () => {
    const s = treeSandbox(inject('registryUrl'));
    sandboxes.push(s);
    const first = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes']);
    expect(first.code, first.stderr).toBe(0);
    const res = await s.cli(['plugins', 'update', 'tree-plugin-a', '1.1.0', '--min-release-age', '0', '--yes', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const report = res.json();
    expect(report.target.version).toBe('1.1.0');
    const diff = report.update;
    expect(diff.from).toBe('tree-plugin-a@1.0.0');
    expect(diff.to).toBe('tree-plugin-a@1.1.0');
    expect(diff.files.added).toEqual(['dist/extra.js']);
    expect(diff.files.changed).toContain('package.json');
    expect(diff.dependencies.added).toEqual(['tree-gyp-dep@1.0.0']);
    expect(diff.dependencies.changed).toEqual(
      expect.arrayContaining([{ name: 'tree-mid', from: '1.0.0', to: '1.1.0' }, { name: 'tree-canary-dep', from: '1.0.0', to: '1.1.0' }]),
    );
    expect(diff.newLifecycleScripts.map((x: { package: string; event: string }) => `${x.package} ${x.event}`).sort()).toEqual([
      'tree-canary-dep@1.1.0 postinstall',
      'tree-gyp-dep@1.0.0 install',
    ]);
    const high = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'update-new-install-script');
    expect(high).toHaveLength(2);
    for (const f of high) expect(f.severity).toBe('high');
    expect(report.verdict).toBe('warn');

    // --fail-on high turns those into a refusal, and the installed version stays.
    const back = await s.cli(['plugins', 'update', 'tree-plugin-a', '1.0.0', '--min-release-age', '0', '--yes']);
    expect(back.code, back.stderr).toBe(0);
    const refused = await s.cli(['plugins', 'update', 'tree-plugin-a', '1.1.0', '--min-release-age', '0', '--yes', '--fail-on', 'high', '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json().update.dependencies.added).toEqual(['tree-gyp-dep@1.0.0']);
    const list = (await s.cli(['plugins', 'list', '--json'])).json();
    expect(list.plugins.find((p: { id: string }) => p.id === 'tree-plugin-a').version).toBe('1.0.0');
  });

  it('refuses an unknown plugin id and a missing version with exit 2', async () => {
    const s = treeSandbox(inject('registryUrl'));
    sandboxes.push(s);
    const unknown = await s.cli(['plugins', 'update', 'nope', '1.0.0']);
    expect(unknown.code, unknown.stderr).toBe(2);
    expect(unknown.stderr).toContain('no plugin "nope" is installed');
    const noVersion = await s.cli(['plugins', 'update', 'nope']);
    expect(noVersion.code, noVersion.stderr).toBe(2);
  });
});
