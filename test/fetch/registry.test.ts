/**
 * Registry resolve + fetch against the real test registry (Verdaccio), through a recording loopback proxy
 * that can fail, stall, truncate or alter downloads. Asserts the contract's exit classes: a missing package
 * or version is bad input (2); everything else that goes wrong on the wire is operational (3).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClawguardError, exitCodeFor } from '../../src/core/errors.js';
import { fetchTarball, resolveRegistrySpec } from '../../src/fetch/registry.js';
import { checkReleaseAge, parseMinReleaseAge } from '../../src/fetch/release-age.js';
import { loadNpmOptions, withoutRetries, type NpmOptions } from '../../src/resolve/npm-config.js';
import { parsePluginSpec, type RegistrySpec } from '../../src/resolve/spec.js';
import { unpackHardened } from '../../src/unpack/unpack-hardened.js';
import { makeSandbox, type Sandbox } from '../helpers/cli.js';
import { closedPortUrl, startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy.js';
import { publishTestPackage } from './publish-test-package.js';

const registryUrl = inject('registryUrl');
const NAME = 'fetchtest-registry-pkg';
const SCOPED = '@fetchtest/scoped-pkg';
let published: Buffer;
let proxy: RecordingProxy;
const sandboxes: Sandbox[] = [];

beforeAll(async () => {
  published = await publishTestPackage(registryUrl, NAME, '1.0.0');
  await publishTestPackage(registryUrl, SCOPED, '3.1.4');
  proxy = await startRecordingProxy(registryUrl);
});
afterAll(async () => {
  await proxy.close();
  // Not per test: pacote finishes cache writes in the background after a test has its answer.
  for (const s of sandboxes.splice(0)) s.cleanup();
});
afterEach(() => {
  proxy.setMode({ kind: 'pass' });
});

/** npm options for a fresh sandbox (own HOME, .npmrc and empty cache), fast-failing for tests. */
async function options(registry: string, npmrcExtra = '', env: NodeJS.ProcessEnv = {}): Promise<{ opts: NpmOptions; sandbox: Sandbox }> {
  const sandbox = makeSandbox(registry);
  sandboxes.push(sandbox);
  if (npmrcExtra) fs.appendFileSync(sandbox.env.npm_config_userconfig!, npmrcExtra);
  const opts = await loadNpmOptions({ env: { ...sandbox.env, ...env }, cwd: sandbox.home });
  return { opts: withoutRetries(opts, 5_000), sandbox };
}

const pinned = (raw: string) => parsePluginSpec(raw, { requirePin: true }) as RegistrySpec;

async function failure(p: Promise<unknown>): Promise<ClawguardError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ClawguardError);
    return err as ClawguardError;
  }
  throw new Error('expected a failure');
}

describe('resolve and fetch', () => {
  it('resolves an exact pin from one packument request and fetches the tarball with its integrity checked', async () => {
    const { opts, sandbox } = await options(proxy.url);
    const before = proxy.requests.length;
    const pkg = await resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts);
    expect(pkg).toMatchObject({ name: NAME, version: '1.0.0', registry: proxy.url });
    expect(pkg.integrity).toBe(`sha512-${createHash('sha512').update(published).digest('base64')}`);
    expect(pkg.resolved).toBe(`${proxy.url}${NAME}/-/${NAME}-1.0.0.tgz`);
    expect(pkg.publishedAt).toBeInstanceOf(Date);
    expect(Date.now() - pkg.publishedAt!.getTime()).toBeLessThan(3_600_000);
    expect(pkg.registryManifest).toMatchObject({ name: NAME, version: '1.0.0' });
    expect(proxy.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /${NAME}`]);

    const bytes = await fetchTarball(pkg, opts);
    expect(bytes.equals(published)).toBe(true);
    expect(proxy.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /${NAME}`, `GET /${NAME}/-/${NAME}-1.0.0.tgz`]);
    const out = path.join(sandbox.root, 'staging');
    await unpackHardened(bytes, out);
    expect(fs.readFileSync(path.join(out, 'index.js'), 'utf8')).toContain(`${NAME}@1.0.0`);
  });

  it('honours a scoped registry and its auth token from .npmrc (with ${ENV} substitution)', async () => {
    const host = new URL(proxy.url).host;
    const { opts } = await options(
      'http://127.0.0.1:9/',
      `@fetchtest:registry=${proxy.url}\n//${host}/:_authToken=\${FETCHTEST_TOKEN}\n`,
      { FETCHTEST_TOKEN: 'tok-from-env' },
    );
    const before = proxy.requests.length;
    const pkg = await resolveRegistrySpec(pinned(`${SCOPED}@3.1.4`), opts);
    expect(pkg.registry).toBe(proxy.url);
    await fetchTarball(pkg, opts);
    const seen = proxy.requests.slice(before);
    expect(seen.map((r) => r.path)).toEqual(['/@fetchtest%2fscoped-pkg', '/@fetchtest/scoped-pkg/-/scoped-pkg-3.1.4.tgz']);
    for (const r of seen) expect(r.headers.authorization).toBe('Bearer tok-from-env');
  });

  it('--registry overrides the configured default registry', async () => {
    const sandbox = makeSandbox('http://127.0.0.1:9/');
    sandboxes.push(sandbox);
    const opts = await loadNpmOptions({ env: sandbox.env, registry: proxy.url.replace(/\/$/, ''), cwd: sandbox.home });
    expect(opts.registry).toBe(proxy.url);
    expect(opts.cache).toBe(path.join(sandbox.root, 'npm-cache', '_cacache'));
    expect(opts.timeout).toBeLessThanOrEqual(60_000);
    await expect(loadNpmOptions({ env: sandbox.env, registry: 'ftp://example.com/' })).rejects.toMatchObject({ code: 'EREGISTRY_URL' });
  });
});

describe('registry failures', () => {
  it('a package that does not exist is bad input (exit 2)', async () => {
    const { opts } = await options(proxy.url);
    const err = await failure(resolveRegistrySpec(pinned('fetchtest-no-such-package@1.0.0'), opts));
    expect(err.code).toBe('EPACKAGE_NOT_FOUND');
    expect(exitCodeFor(err)).toBe(2);
    expect(err.message).toContain(proxy.url);
  });

  it('a version that does not exist is bad input (exit 2) and lists published versions', async () => {
    const { opts } = await options(proxy.url);
    const err = await failure(resolveRegistrySpec(pinned(`${NAME}@9.9.9`), opts));
    expect(err.code).toBe('EVERSION_NOT_FOUND');
    expect(exitCodeFor(err)).toBe(2);
    expect(err.hint).toContain('1.0.0');
  });

  it('a registry that is down (closed port) is an operational failure (exit 3)', async () => {
    const url = await closedPortUrl();
    const { opts } = await options(url);
    const err = await failure(resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts));
    expect(err.code).toBe('EREGISTRY_UNREACHABLE');
    expect(exitCodeFor(err)).toBe(3);
    expect(err.message).toContain(url);
  });

  it('HTTP 500 is an operational failure (exit 3)', async () => {
    const { opts } = await options(proxy.url);
    proxy.setMode({ kind: 'status', status: 500 });
    const err = await failure(resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts));
    expect(err.code).toBe('EREGISTRY_SERVER');
    expect(exitCodeFor(err)).toBe(3);
  });

  it('a registry that never answers times out (exit 3)', async () => {
    const { opts } = await options(proxy.url);
    proxy.setMode({ kind: 'stall' });
    const err = await failure(resolveRegistrySpec(pinned(`${NAME}@1.0.0`), { ...opts, timeout: 500 }));
    expect(err.code).toBe('EREGISTRY_TIMEOUT');
    expect(exitCodeFor(err)).toBe(3);
  });

  it('a truncated tarball download is an operational failure (exit 3)', async () => {
    const { opts } = await options(proxy.url);
    const pkg = await resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts);
    proxy.setMode({ kind: 'truncate-tarballs' });
    const err = await failure(fetchTarball(pkg, opts));
    expect(err.code).toBe('ETARBALL_TRUNCATED');
    expect(exitCodeFor(err)).toBe(3);
    expect(proxy.tarballRequests().length).toBeGreaterThan(0);
  });

  it('a tarball whose bytes do not match the published integrity is an operational failure (exit 3)', async () => {
    const { opts } = await options(proxy.url);
    const pkg = await resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts);
    proxy.setMode({ kind: 'alter-tarballs' });
    const err = await failure(fetchTarball(pkg, opts));
    expect(err.code).toBe('EINTEGRITY');
    expect(exitCodeFor(err)).toBe(3);
  });

  it('a download over the size bound is aborted (exit 3)', async () => {
    const { opts } = await options(proxy.url);
    const pkg = await resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts);
    const err = await failure(fetchTarball(pkg, opts, { maxBytes: 100 }));
    expect(err.code).toBe('ETARBALL_TOO_LARGE');
    expect(exitCodeFor(err)).toBe(3);
  });
});

describe('release age', () => {
  it('refuses a version published less than --min-release-age days ago (exit 1), naming the time and the override', async () => {
    const { opts } = await options(proxy.url);
    const pkg = await resolveRegistrySpec(pinned(`${NAME}@1.0.0`), opts);
    let err: unknown;
    try {
      checkReleaseAge(pkg.publishedAt, 1, { what: `${NAME}@1.0.0` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ClawguardError);
    expect(exitCodeFor(err)).toBe(1);
    expect((err as ClawguardError).code).toBe('ERELEASE_TOO_RECENT');
    expect((err as ClawguardError).message).toContain(pkg.publishedAt!.toISOString());
    expect((err as ClawguardError).hint).toContain('--min-release-age 0');
    expect(() => checkReleaseAge(pkg.publishedAt, 0)).not.toThrow();
  });

  it('counts days from the publish time', () => {
    const published = new Date('2026-01-01T00:00:00Z');
    expect(() => checkReleaseAge(published, 1, { now: new Date('2026-01-02T00:00:01Z') })).not.toThrow();
    expect(() => checkReleaseAge(published, 1, { now: new Date('2026-01-01T23:00:00Z') })).toThrow(/23\.0 hours ago/);
    expect(() => checkReleaseAge(published, 7, { now: new Date('2026-01-05T00:00:00Z') })).toThrow(/minimum release age is 7 days/);
    expect(() => checkReleaseAge(undefined, 1)).toThrow(expect.objectContaining({ code: 'ERELEASE_AGE_UNKNOWN' }));
  });

  it('parses the flag (bad values are exit 2)', () => {
    expect(parseMinReleaseAge(undefined)).toBe(1);
    expect(parseMinReleaseAge('0')).toBe(0);
    expect(parseMinReleaseAge('2.5')).toBe(2.5);
    for (const bad of ['', '-1', 'soon']) {
      let err: unknown;
      try {
        parseMinReleaseAge(bad);
      } catch (e) {
        err = e;
      }
      expect(exitCodeFor(err), bad).toBe(2);
    }
  });
});
