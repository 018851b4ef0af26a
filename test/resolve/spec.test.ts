/**
 * Spec policy: every accepted and refused form, the exit class of each refusal (2), and proof — from a
 * recording proxy in front of the test registry — that refusing an unpinned spec downloads no tarball
 * while still telling the user which exact version to pin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClawguardError, exitCodeFor } from '../../src/core/errors.js';
import { resolveRegistrySpec } from '../../src/fetch/registry.js';
import { loadNpmOptions, withoutRetries, type NpmOptions } from '../../src/resolve/npm-config.js';
import { explainUnpinned, resolvePinnedSpec } from '../../src/resolve/pinned.js';
import { parsePluginSpec, type PluginSpec, type RegistrySpec } from '../../src/resolve/spec.js';
import { makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';
import { closedPortUrl, startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy.js';
import { publishTestPackage } from '../fetch/publish-test-package.js';

const registryUrl = inject('registryUrl');
const MULTI = 'fetchtest-spec-multi';
let proxy: RecordingProxy;
let sandbox: Sandbox;
let npmOptions: NpmOptions;
let local: string;

beforeAll(async () => {
  await publishTestPackage(registryUrl, MULTI, '1.0.0');
  await publishTestPackage(registryUrl, MULTI, '1.1.0');
  await publishTestPackage(registryUrl, MULTI, '2.0.0-beta.1', 'next');
  proxy = await startRecordingProxy(registryUrl);
  sandbox = makeSandbox(proxy.url);
  npmOptions = withoutRetries(await loadNpmOptions({ env: sandbox.env, cwd: sandbox.home }), 5_000);
  local = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-spec-'));
  fs.mkdirSync(path.join(local, 'plugin-dir'));
  fs.writeFileSync(path.join(local, 'plugin.tgz'), '');
  fs.writeFileSync(path.join(local, 'notes.txt'), '');
});
afterAll(async () => {
  await proxy.close();
  sandbox.cleanup();
  fs.rmSync(local, { recursive: true, force: true });
});

const parse = (raw: string, requirePin = true): PluginSpec => parsePluginSpec(raw, { requirePin, cwd: local });

function refusal(raw: string, requirePin = true): ClawguardError {
  try {
    parse(raw, requirePin);
  } catch (err) {
    expect(err).toBeInstanceOf(ClawguardError);
    return err as ClawguardError;
  }
  throw new Error(`"${raw}" was accepted`);
}

describe('accepted install specs', () => {
  it.each([
    ['clean-plugin@1.2.3', 'clean-plugin', '1.2.3'],
    ['@scope/name@1.2.3', '@scope/name', '1.2.3'],
    ['name@1.2.3-beta.1', 'name', '1.2.3-beta.1'],
    ['name@0.0.0-nightly.20260101', 'name', '0.0.0-nightly.20260101'],
    ['name@=1.2.3', 'name', '1.2.3'],
    ['name@v1.2.3', 'name', '1.2.3'],
    ['  name@1.2.3  ', 'name', '1.2.3'],
    ['npm:name@1.2.3', 'name', '1.2.3'],
    ['npm:@scope/name@1.0.0', '@scope/name', '1.0.0'],
  ])('%s is an exact registry pin', (raw, name, version) => {
    const spec = parse(raw) as RegistrySpec;
    expect(spec).toMatchObject({ kind: 'registry', name, version, pinned: true });
  });

  it('an alias to an exact version installs the real package', () => {
    expect(parse('friendly@npm:real-name@2.0.0')).toMatchObject({ kind: 'registry', name: 'real-name', version: '2.0.0', alias: 'friendly' });
  });

  it('an existing local directory (relative, absolute, file:)', () => {
    const dir = path.join(local, 'plugin-dir');
    expect(parse('./plugin-dir')).toEqual({ kind: 'directory', raw: './plugin-dir', path: dir });
    expect(parse(dir)).toMatchObject({ kind: 'directory', path: dir });
    expect(parse(`file:${dir}`)).toMatchObject({ kind: 'directory', path: dir });
  });

  it('an existing local .tgz', () => {
    expect(parse('./plugin.tgz')).toMatchObject({ kind: 'tarball', path: path.join(local, 'plugin.tgz') });
    expect(parse('plugin.tgz')).toMatchObject({ kind: 'tarball', path: path.join(local, 'plugin.tgz') });
  });
});

describe('refused install specs (exit 2, before any download)', () => {
  it.each([
    ['', 'ESPEC_INVALID'],
    ['   ', 'ESPEC_INVALID'],
    ['clean-plugin', 'ESPEC_UNPINNED'],
    ['clean-plugin@', 'ESPEC_UNPINNED'],
    ['clean-plugin@*', 'ESPEC_UNPINNED'],
    ['@scope/name', 'ESPEC_UNPINNED'],
    ['npm:clean-plugin', 'ESPEC_UNPINNED'],
    ['clean-plugin@^1.2.3', 'ESPEC_RANGE'],
    ['clean-plugin@~1.2.3', 'ESPEC_RANGE'],
    ['clean-plugin@>=1', 'ESPEC_RANGE'],
    ['clean-plugin@1.2.3 || 1.2.4', 'ESPEC_RANGE'],
    ['clean-plugin@1.2.3 - 1.3.0', 'ESPEC_RANGE'],
    ['clean-plugin@1.x', 'ESPEC_RANGE'],
    ['clean-plugin@1.2.x', 'ESPEC_RANGE'],
    ['clean-plugin@1', 'ESPEC_RANGE'],
    ['clean-plugin@1.2', 'ESPEC_RANGE'],
    ['npm:clean-plugin@^1', 'ESPEC_RANGE'],
    ['clean-plugin@latest', 'ESPEC_TAG'],
    ['clean-plugin@next', 'ESPEC_TAG'],
    ['@scope/name@beta', 'ESPEC_TAG'],
    ['github:someone/some-plugin', 'ESPEC_GIT'],
    ['someone/some-plugin', 'ESPEC_GIT'],
    ['someone/some-plugin#v1.2.3', 'ESPEC_GIT'],
    ['git+https://example.com/some/plugin.git', 'ESPEC_GIT'],
    ['git+ssh://git@example.com/some/plugin.git#1.2.3', 'ESPEC_GIT'],
    ['gitlab:someone/some-plugin', 'ESPEC_GIT'],
    ['https://example.com/plugin-1.2.3.tgz', 'ESPEC_URL'],
    ['http://192.0.2.1/plugin.tgz', 'ESPEC_URL'],
    ['friendly@npm:clean-plugin@^1', 'ESPEC_ALIAS'],
    ['friendly@npm:clean-plugin', 'ESPEC_ALIAS'],
    ['friendly@npm:clean-plugin@latest', 'ESPEC_ALIAS'],
    ['@@bad@1.0.0', 'ESPEC_INVALID'],
    ['.hidden@1.0.0', 'ESPEC_INVALID'],
    ['_underscore@1.0.0', 'ESPEC_INVALID'],
    ['has space@1.0.0', 'ESPEC_INVALID'],
    [`${'x'.repeat(215)}@1.0.0`, 'ESPEC_INVALID'],
    ['clean-plugin@1.0.0\u001b[2K', 'ESPEC_INVALID'],
    ['./missing-dir', 'ESPEC_LOCAL_MISSING'],
    ['./missing.tgz', 'ESPEC_LOCAL_MISSING'],
    ['./notes.txt', 'ESPEC_INVALID'],
  ])('%j → %s', (raw, code) => {
    const err = refusal(raw);
    expect(err.code).toBe(code);
    expect(exitCodeFor(err)).toBe(2);
    expect(err.hint).toBeTruthy();
  });

  it('the refusal of an unpinned spec names the pin to use', () => {
    expect(refusal('clean-plugin@^1').hint).toContain('clawguard plugins install clean-plugin@<version>');
  });

  it('a bare name that is also a local directory hints at the ./ form', () => {
    expect(refusal('plugin-dir').hint).toContain('./plugin-dir');
  });
});

describe('inspect specs (requirePin: false)', () => {
  it('ranges, tags and bare names are accepted, unpinned, to be resolved by the registry', () => {
    expect(parse('clean-plugin', false)).toMatchObject({ kind: 'registry', name: 'clean-plugin', version: '*', pinned: false });
    expect(parse('clean-plugin@^1.2.3', false)).toMatchObject({ version: '^1.2.3', pinned: false });
    expect(parse('clean-plugin@next', false)).toMatchObject({ version: 'next', pinned: false });
    expect(parse('friendly@npm:clean-plugin@^1', false)).toMatchObject({ name: 'clean-plugin', version: '^1', alias: 'friendly', pinned: false });
    expect(parse('clean-plugin@1.0.0', false)).toMatchObject({ version: '1.0.0', pinned: true });
  });

  it('git and URL sources stay refused', () => {
    expect(refusal('github:someone/some-plugin', false).code).toBe('ESPEC_GIT');
    expect(refusal('https://example.com/plugin.tgz', false).code).toBe('ESPEC_URL');
  });

  it.each([
    [`${MULTI}`, '1.1.0'],
    [`${MULTI}@^1.0.0`, '1.1.0'],
    [`${MULTI}@1.0.x`, '1.0.0'],
    [`${MULTI}@latest`, '1.1.0'],
    [`${MULTI}@next`, '2.0.0-beta.1'],
    [`${MULTI}@>=2.0.0-0`, '2.0.0-beta.1'],
  ])('%s resolves to %s', async (raw, version) => {
    const pkg = await resolveRegistrySpec(parse(raw, false) as RegistrySpec, npmOptions);
    expect(pkg.version).toBe(version);
  });
});

describe('refusing unpinned specs downloads no tarball, and names the version to pin', () => {
  it.each([
    [`${MULTI}`, '1.1.0', 'ESPEC_UNPINNED'],
    [`${MULTI}@^1.0.0`, '1.1.0', 'ESPEC_RANGE'],
    [`${MULTI}@1.0.x`, '1.0.0', 'ESPEC_RANGE'],
    [`${MULTI}@latest`, '1.1.0', 'ESPEC_TAG'],
    [`${MULTI}@next`, '2.0.0-beta.1', 'ESPEC_TAG'],
    [`friendly@npm:${MULTI}@^1`, '1.1.0', 'ESPEC_ALIAS'],
  ])('%s → %s (%s)', async (raw, version, code) => {
    const before = proxy.requests.length;
    const err = await resolvePinnedSpec(raw, npmOptions, local).then(
      () => {
        throw new Error('accepted');
      },
      (e: unknown) => e as ClawguardError,
    );
    expect(err.code).toBe(code);
    expect(exitCodeFor(err)).toBe(2);
    expect(err.message).toContain(`today it resolves to ${MULTI}@${version}`);
    expect(err.hint).toBe(`pin it: clawguard plugins install ${MULTI}@${version}`);
    expect(err.detail).toMatchObject({ resolvesTo: version });
    const seen = proxy.requests.slice(before).map((r) => r.path);
    expect(seen).toEqual([`/${MULTI}`]);
    expect(proxy.tarballRequests()).toEqual([]);
  });

  it('git and URL specs are refused without any request', async () => {
    const before = proxy.requests.length;
    for (const raw of ['github:someone/some-plugin', `http://127.0.0.1:${new URL(proxy.url).port}/${MULTI}/-/${MULTI}-1.1.0.tgz`]) {
      await expect(resolvePinnedSpec(raw, npmOptions, local)).rejects.toMatchObject({ exitClass: 'input' });
    }
    expect(proxy.requests.length).toBe(before);
  });

  it('an exact pin passes without any request', async () => {
    const before = proxy.requests.length;
    await expect(resolvePinnedSpec(`${MULTI}@1.0.0`, npmOptions, local)).resolves.toMatchObject({ name: MULTI, version: '1.0.0', pinned: true });
    expect(proxy.requests.length).toBe(before);
  });

  it('when the registry is down the refusal still stands (exit 2) and says why no version is named', async () => {
    const down = withoutRetries({ ...npmOptions, registry: await closedPortUrl() });
    const err = await resolvePinnedSpec(`${MULTI}@^1`, down, local).catch((e: ClawguardError) => e);
    expect(err.code).toBe('ESPEC_RANGE');
    expect(exitCodeFor(err)).toBe(2);
    expect(err.message).toMatch(/could not ask the registry.*cannot reach/);
    const missing = await explainUnpinned('fetchtest-no-such-package@^1', npmOptions, local);
    expect(missing?.version).toBeUndefined();
    expect(missing?.reason).toContain('was not found');
  });

  it('the CLI refuses an unpinned install with exit 2, names the pin, and requests no tarball', async () => {
    const cli = makeSandbox(proxy.url);
    try {
      const before = proxy.requests.length;
      const res = await runCli(['plugins', 'install', `${MULTI}@^1`, '--json'], { env: cli.env });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(`${MULTI}@1.1.0`);
      expect(proxy.requests.slice(before).filter((r) => r.path.endsWith('.tgz'))).toEqual([]);
      expect(fs.readdirSync(cli.stateDir)).toEqual([]);
    } finally {
      cli.cleanup();
    }
  });
});
