import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useSandboxes, runCli, type Sandbox } from '../helpers/cli.js';
import { snapshotState } from './state.js';
import { closedPortUrl, startRecordingProxy } from '../helpers/recording-proxy.js';

const sandbox = useSandboxes();

const install = (box: Sandbox, spec: string, ...flags: string[]) =>
  runCli(['plugins', 'install', spec, '--min-release-age', '0', '--yes', ...flags], { env: box.env });

/** A state dir with one plugin installed and a commented config: the "before" every refusal must preserve. */
async function installedBaseline(box: Sandbox): Promise<Record<string, string>> {
  fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{\n  // ops\n  "gateway": {"port": 18789},\n}\n');
  const res = await install(box, 'clean-plugin@1.0.0');
  expect(res.code, res.stderr).toBe(0);
  return snapshotState(box.stateDir);
}

describe('plugins install refuses, leaving the state dir byte-identical', () => {
  it.each([
    ['bare name', 'clean-plugin'],
    ['caret range', 'clean-plugin@^1.0.0'],
    ['x-range', 'clean-plugin@1.x'],
    ['comparator range', 'clean-plugin@>=1'],
    ['dist-tag latest', 'clean-plugin@latest'],
    ['alias to a range', 'mine@npm:clean-plugin@^1'],
  ])('unpinned spec: %s → exit 2 naming the version it resolves to today and the pinned command', async (_label, spec) => {
    const box = sandbox();
    const res = await install(box, spec);
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toContain('clean-plugin@1.0.0');
    expect(res.stderr).toContain('clawguard plugins install clean-plugin@1.0.0');
    expect(snapshotState(box.stateDir)).toEqual({});
  });

  it.each([
    ['git URL', 'git+https://example.com/x/plugin.git'],
    ['GitHub shorthand', 'example/plugin'],
    ['https tarball URL', 'https://example.com/plugin-1.0.0.tgz'],
    ['empty spec', ''],
    ['invalid npm name', 'Not A Name@1.0.0'],
  ])('non-registry or malformed spec: %s → exit 2', async (_label, spec) => {
    const box = sandbox();
    const res = await install(box, spec, '--json');
    expect(res.code, res.stderr).toBe(2);
    expect(res.json().error.code).toMatch(/^ESPEC_/);
    expect(snapshotState(box.stateDir)).toEqual({});
  });

  it('a package or version that does not exist → exit 2, state unchanged', async () => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const missingVersion = await install(box, 'clean-plugin@9.9.9');
    expect(missingVersion.code, missingVersion.stderr).toBe(2);
    expect(missingVersion.stderr).toContain('1.0.0');
    const missingPackage = await install(box, 'no-such-plugin-anywhere@1.0.0');
    expect(missingPackage.code, missingPackage.stderr).toBe(2);
    expect(snapshotState(box.stateDir)).toEqual(before);
  });

  it('a blocked (malicious) plugin: exit 1 with its findings, nothing written, the canary never runs', async () => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const canary = path.join(box.root, 'canary.txt');
    const res = await runCli(['plugins', 'install', 'malicious-plugin@1.0.0', '--min-release-age', '0', '--yes', '--json'], {
      env: { ...box.env, CLAWGUARD_CANARY: canary },
    });
    expect(res.code, res.stderr).toBe(1);
    const out = res.json();
    expect(out.verdict).toBe('block');
    expect(out.error.code).toBe('EBLOCKED');
    expect(out.findings.some((f: any) => f.severity === 'critical')).toBe(true);
    expect(out.lifecycleScripts).toEqual([expect.objectContaining({ event: 'postinstall', approved: false })]);
    expect(snapshotState(box.stateDir)).toEqual(before);
    expect(fs.existsSync(canary)).toBe(false);
  });

  it('--fail-on lowers the threshold: a warn-level plugin is refused with exit 1', async () => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const res = await install(box, 'malicious-plugin@1.0.0', '--fail-on', 'info');
    expect(res.code).toBe(1);
    expect(snapshotState(box.stateDir)).toEqual(before);
    const bad = await install(box, 'clean-plugin@1.0.0', '--fail-on', 'severe');
    expect(bad.code).toBe(2);
  });

  it.each([
    ['no openclaw.plugin.json', 'invalid-plugin-no-manifest@1.0.0', /openclaw\.plugin\.json is missing/],
    ['an extension entry escaping the package', 'invalid-plugin-entry-escape@1.0.0', /"\.\.\/\.\.\/credentials\/loader\.js" points outside the package/],
  ])('invalid plugin (%s) → exit 2 with the reason; inspect reports it as a low finding', async (_label, spec, reason) => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const res = await install(box, spec);
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toMatch(reason);
    expect(snapshotState(box.stateDir)).toEqual(before);

    const inspected = await runCli(['plugins', 'inspect', spec, '--json'], { env: box.env });
    expect(inspected.code, inspected.stderr).toBe(0);
    const finding = inspected.json().findings.find((f: any) => f.ruleId === 'package-not-openclaw-plugin');
    expect(finding).toMatchObject({ severity: 'low' });
    expect(finding.message).toMatch(reason);
  });

  it('a version younger than --min-release-age → exit 1 with its publish time and the override', async () => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const res = await runCli(['plugins', 'install', 'versioned-plugin@1.0.0', '--yes'], { env: box.env });
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toMatch(/published \d{4}-\d\d-\d\dT/);
    expect(res.stderr).toContain('--min-release-age 0');
    expect(snapshotState(box.stateDir)).toEqual(before);
  });

  it('an already installed plugin needs --force (exit 2)', async () => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const res = await install(box, 'clean-plugin@1.0.0');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--force');
    expect(snapshotState(box.stateDir)).toEqual(before);
  });

  it('a read-only OpenClaw config (OPENCLAW_CONFIG_READONLY=1) refuses install and uninstall with exit 2', async () => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const env = { ...box.env, OPENCLAW_CONFIG_READONLY: '1' };
    const res = await runCli(['plugins', 'install', 'versioned-plugin@1.0.0', '--min-release-age', '0', '--yes'], { env });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('OPENCLAW_CONFIG_READONLY=1');
    expect((await runCli(['plugins', 'uninstall', 'clean-plugin'], { env })).code).toBe(2);
    expect(snapshotState(box.stateDir)).toEqual(before);
  });

  it('an invalid ledger is an error, never silently reset', async () => {
    const box = sandbox();
    await installedBaseline(box);
    fs.writeFileSync(path.join(box.stateDir, 'clawguard/ledger.json'), '{"schemaVersion": 1, "plugins": [');
    const before = snapshotState(box.stateDir);
    const res = await install(box, 'versioned-plugin@1.0.0');
    expect(res.code).toBe(3);
    expect(res.stderr).toContain('ledger');
    expect(snapshotState(box.stateDir)).toEqual(before);
  });
});

describe('registry failures at CLI level: exit 3, state unchanged', () => {
  // No retries: the failure paths are the same, without npm's back-off between attempts.
  const viaRegistry = (box: Sandbox, registry: string, spec: string) =>
    runCli(['plugins', 'install', spec, '--min-release-age', '0', '--yes', '--registry', registry], { env: { ...box.env, npm_config_fetch_retries: '0' } });

  it('refused specs never download a tarball', async () => {
    const box = sandbox();
    const proxy = await startRecordingProxy(inject('registryUrl'));
    try {
      for (const spec of ['versioned-plugin', 'versioned-plugin@^1.0.0', 'versioned-plugin@latest']) {
        const res = await viaRegistry(box, proxy.url, spec);
        expect(res.code, res.stderr).toBe(2);
      }
      expect(proxy.requests.length).toBeGreaterThan(0);
      expect(proxy.tarballRequests()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it.each([
    ['unreachable', undefined],
    ['answers 500', { kind: 'status', status: 500 } as const],
    ['truncates the tarball', { kind: 'truncate-tarballs' } as const],
    ['alters the tarball bytes', { kind: 'alter-tarballs' } as const],
  ])('registry %s', async (_label, mode) => {
    const box = sandbox();
    const before = await installedBaseline(box);
    const proxy = await startRecordingProxy(inject('registryUrl'));
    try {
      if (mode) proxy.setMode(mode);
      const res = await viaRegistry(box, mode ? proxy.url : await closedPortUrl(), 'versioned-plugin@1.0.0');
      expect(res.code, res.stderr).toBe(3);
      expect(snapshotState(box.stateDir)).toEqual(before);
    } finally {
      await proxy.close();
    }
  });
});

describe('plugins inspect', () => {
  it('writes nothing to the state dir, accepts unpinned specs and reports what they resolved to', async () => {
    const box = sandbox();
    const res = await runCli(['plugins', 'inspect', 'versioned-plugin@^1', '--json'], { env: box.env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.json().target).toMatchObject({ kind: 'npm', name: 'versioned-plugin', version: '1.1.0', pluginId: 'versioned-plugin' });
    expect(snapshotState(box.stateDir)).toEqual({});
  });

  it('exits 1 when the verdict reaches --fail-on, and renders SARIF', async () => {
    const box = sandbox();
    const blocked = await runCli(['plugins', 'inspect', 'malicious-plugin@1.0.0', '--sarif'], { env: box.env });
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout).version).toBe('2.1.0');
    const text = await runCli(['plugins', 'inspect', 'clean-plugin@1.0.0'], { env: box.env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/allow/i);
  });
});
