/**
 * The npm preflight (INSTALL_POLICY.md §3.3 A.1): only OpenClaw's metadata file exists, no code. Judged against
 * the test registry (Verdaccio on loopback), where every fixture was published seconds ago.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { makeSandbox } from '../helpers/cli.js';
import { askPolicy, npmPreflight } from './requests.js';

const registryUrl = inject('registryUrl');
const sandbox = makeSandbox(registryUrl);
afterAll(() => sandbox.cleanup());

let integrity = '';
beforeAll(async () => {
  const packument = (await (await fetch(`${registryUrl}clean-plugin`)).json()) as { versions: Record<string, { dist: { integrity: string } }> };
  integrity = packument.versions['1.0.0'].dist.integrity;
});

/** The file OpenClaw writes: pretty-printed `{packageName, requestedSpecifier, resolution}` from `npm view`. */
function metadataFile(name: string, spec: string, resolution: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(sandbox.root, 'openclaw-npm-policy-'));
  const file = path.join(dir, 'npm-package-metadata.json');
  fs.writeFileSync(file, `${JSON.stringify({ packageName: name, requestedSpecifier: spec, resolution: { resolvedAt: new Date().toISOString(), ...resolution } }, null, 2)}\n`);
  return file;
}

const ids = (r: { findings?: Array<{ ruleId: string }> }) => (r.findings ?? []).map((f) => f.ruleId);
const resolved = () => ({ name: 'clean-plugin', version: '1.0.0', resolvedSpec: 'clean-plugin@1.0.0', integrity, shasum: 'x' });

describe('npm preflight', () => {
  test('a version published minutes ago is held back (warn) under the default one-day release age', async () => {
    const { response } = await askPolicy(npmPreflight(metadataFile('clean-plugin', 'clean-plugin@1.0.0', resolved()), 'clean-plugin', 'clean-plugin@1.0.0'), sandbox.env);
    expect(response.decision).toBe('warn');
    expect(ids(response)).toContain('clawguard.npm.release-too-recent');
    // Registry data only, never "x hours ago": the re-run after approval must match byte for byte.
    expect(response.findings?.find((f) => f.ruleId === 'clawguard.npm.release-too-recent')?.message).not.toMatch(/hours|ago \(/);
  });

  test('with --min-release-age 0 a pinned, intact version is allowed', async () => {
    const req = npmPreflight(metadataFile('clean-plugin', 'clean-plugin@1.0.0', resolved()), 'clean-plugin', 'clean-plugin@1.0.0');
    const { response } = await askPolicy(req, sandbox.env, ['--min-release-age', '0']);
    expect(response.decision).toBe('allow');
  });

  test('an unpinned spec is flagged with the exact version to pin', async () => {
    const req = npmPreflight(metadataFile('clean-plugin', 'clean-plugin@^1.0.0', resolved()), 'clean-plugin', 'clean-plugin@^1.0.0');
    const { response } = await askPolicy(req, sandbox.env, ['--min-release-age', '0']);
    expect(response.decision).toBe('warn');
    const f = response.findings?.find((x) => x.ruleId === 'clawguard.npm.unpinned-spec');
    expect(f?.message).toContain('clean-plugin@1.0.0');
  });

  test('an integrity that differs from the registry\'s is blocked', async () => {
    const req = npmPreflight(metadataFile('clean-plugin', 'clean-plugin@1.0.0', { ...resolved(), integrity: `sha512-${'A'.repeat(86)}==` }), 'clean-plugin', 'clean-plugin@1.0.0');
    const { response } = await askPolicy(req, sandbox.env, ['--min-release-age', '0']);
    expect(response.decision).toBe('block');
    expect(ids(response)).toContain('clawguard.npm.integrity-mismatch');
  });

  test('a version the registry does not list is flagged', async () => {
    const req = npmPreflight(metadataFile('clean-plugin', 'clean-plugin@9.9.9', { ...resolved(), version: '9.9.9' }), 'clean-plugin', 'clean-plugin@9.9.9');
    const { response } = await askPolicy(req, sandbox.env, ['--min-release-age', '0']);
    expect(response.decision).toBe('warn');
    expect(ids(response)).toContain('clawguard.npm.version-not-listed');
  });

  test('an unreachable registry leaves age and metadata unchecked, and says so (warn)', async () => {
    const req = npmPreflight(metadataFile('clean-plugin', 'clean-plugin@1.0.0', resolved()), 'clean-plugin', 'clean-plugin@1.0.0');
    const { response } = await askPolicy(req, sandbox.env, ['--registry', 'http://127.0.0.1:9/']);
    expect(response.decision).toBe('warn');
    expect(ids(response)).toContain('clawguard.npm.registry-unavailable');
  });

  test('a metadata file that is not JSON is blocked', async () => {
    const file = metadataFile('clean-plugin', 'clean-plugin@1.0.0', resolved());
    fs.writeFileSync(file, '{ "packageName": ');
    const { response } = await askPolicy(npmPreflight(file, 'clean-plugin', 'clean-plugin@1.0.0'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/could not be read as JSON/);
  });

  test('metadata without a resolved version is blocked', async () => {
    const file = metadataFile('clean-plugin', 'clean-plugin@1.0.0', { name: 'clean-plugin' });
    const { response } = await askPolicy(npmPreflight(file, 'clean-plugin', 'clean-plugin@1.0.0'), sandbox.env);
    expect(response.decision).toBe('block');
  });
});
