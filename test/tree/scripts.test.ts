import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { stateFingerprint, treeSandbox, type TreeSandbox } from './helpers.js';

const CANARY_PATH = 'tree-plugin-a>tree-mid>tree-canary-dep';
let sandboxes: TreeSandbox[] = [];
const sandbox = () => {
  const s = treeSandbox(inject('registryUrl'));
  sandboxes.push(s);
  return s;
};
afterEach(() => {
  for (const s of sandboxes) s.cleanup();
  sandboxes = [];
});

describe('lifecycle scripts across the tree', () => {
  it('never runs an unapproved transitive postinstall, installs with verdict warn and prints the approve command', async () => {
    const s = sandbox();
    const res = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const report = res.json();
    expect(report.verdict).toBe('warn');
    expect(report.lifecycleScripts).toEqual([
      expect.objectContaining({ package: 'tree-canary-dep@1.0.0', path: CANARY_PATH, event: 'postinstall', command: 'node canary.js', approved: false }),
    ]);
    const unapproved = report.findings.find((f: { ruleId: string }) => f.ruleId === 'lifecycle-script-unapproved');
    expect(unapproved.remediation).toContain('clawguard plugins approve-scripts tree-plugin-a --all');
    expect(s.canaryLines()).toEqual([]);
    // The dependency is installed (scripts off), inside the plugin.
    expect(fs.existsSync(path.join(s.stateDir, 'extensions/tree-plugin-a/node_modules/tree-canary-dep/canary.js'))).toBe(true);
    const ledger = JSON.parse(fs.readFileSync(path.join(s.stateDir, 'clawguard/ledger.json'), 'utf8'));
    expect(ledger.plugins['tree-plugin-a'].scripts.skipped).toEqual([`tree-canary-dep@1.0.0:postinstall:${report.lifecycleScripts[0].sha256}`]);
    expect(ledger.plugins['tree-plugin-a'].packages.map((p: { name: string }) => p.name).sort()).toEqual(['tree-canary-dep', 'tree-mid', 'tree-util']);
  });

  it('runs an approved script exactly once, and a changed script text in the next version is not approved', async () => {
    const s = sandbox();
    const first = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes']);
    expect(first.code, first.stderr).toBe(0);
    const approve = await s.cli(['plugins', 'approve-scripts', 'tree-plugin-a', '--package', 'tree-canary-dep@1.0.0', '--json']);
    expect(approve.code, approve.stderr).toBe(0);
    expect(approve.json().approved).toEqual([expect.objectContaining({ package: 'tree-canary-dep@1.0.0', event: 'postinstall', path: CANARY_PATH })]);
    expect(s.canaryLines()).toEqual([]);

    const again = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes', '--force', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json().lifecycleScripts[0].approved).toBe(true);
    expect(s.canaryLines()).toEqual(['ran 1.0.0 ']);

    // 1.1.0 of the plugin pulls tree-canary-dep@1.1.0, whose postinstall text differs: the approval is void.
    const update = await s.cli(['plugins', 'update', 'tree-plugin-a', '1.1.0', '--min-release-age', '0', '--yes', '--json']);
    expect(update.code, update.stderr).toBe(0);
    const canaryScript = update.json().lifecycleScripts.find((x: { package: string }) => x.package === 'tree-canary-dep@1.1.0');
    expect(canaryScript).toMatchObject({ command: 'node canary.js --changed', approved: false });
    expect(s.canaryLines()).toEqual(['ran 1.0.0 ']);
  });

  it('--allow-scripts runs the shown scripts once without recording an approval', async () => {
    const s = sandbox();
    const res = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes', '--allow-scripts']);
    expect(res.code, res.stderr).toBe(0);
    expect(s.canaryLines()).toEqual(['ran 1.0.0 ']);
    const approvals = JSON.parse(fs.readFileSync(path.join(s.stateDir, 'clawguard/approvals.json'), 'utf8'));
    expect(approvals.approvals).toEqual([]);
  });

  it('runs scripts with npm and cloud tokens stripped from the environment', async () => {
    const s = sandbox();
    const res = await s.cli(['plugins', 'install', 'tree-plugin-env@1.0.0', '--min-release-age', '0', '--yes', '--allow-scripts'], {
      NPM_TOKEN: 'npm_secret',
      GITHUB_TOKEN: 'ghp_secret',
      AWS_SECRET_ACCESS_KEY: 'aws_secret',
      npm_config__authToken: 'auth_secret',
    });
    expect(res.code, res.stderr).toBe(0);
    expect(s.canaryLines()).toEqual(['env CLAWGUARD_CANARY']);
  });

  it('a failing approved script rolls the install back: exit 3, state unchanged', async () => {
    const s = sandbox();
    const first = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes']);
    expect(first.code, first.stderr).toBe(0);
    const before = stateFingerprint(s.stateDir);
    const res = await s.cli(['plugins', 'install', 'tree-plugin-fail@1.0.0', '--min-release-age', '0', '--yes', '--allow-scripts']);
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toContain('tree-fail-dep@1.0.0');
    expect(stateFingerprint(s.stateDir)).toEqual(before);
  });

  it('approve-scripts refuses an unknown plugin and an empty selection (exit 2), changing nothing', async () => {
    const s = sandbox();
    expect((await s.cli(['plugins', 'approve-scripts', 'nope', '--all'])).code).toBe(2);
    const first = await s.cli(['plugins', 'install', 'tree-plugin-a@1.0.0', '--min-release-age', '0', '--yes']);
    expect(first.code, first.stderr).toBe(0);
    const before = stateFingerprint(s.stateDir);
    const none = await s.cli(['plugins', 'approve-scripts', 'tree-plugin-a']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('tree-canary-dep@1.0.0 postinstall: node canary.js');
    expect((await s.cli(['plugins', 'approve-scripts', 'tree-plugin-a', '--package', 'tree-util@1.0.0'])).code).toBe(2);
    expect(stateFingerprint(s.stateDir)).toEqual(before);
  });
});
