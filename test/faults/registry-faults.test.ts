/**
 * A registry that misbehaves: a real HTTP proxy (test/helpers/recording-proxy) in front of the test
 * Verdaccio answers slowly, cuts bodies, lies about lengths, fails with 500/429, serves other bytes than the
 * packument's integrity names, redirects to another host, or changes its packument between two requests.
 * Every case: the command ends within a bound set by the fetch timeout, with exit 3 (or 1 where integrity
 * is the verdict), the state dir byte for byte as before, and no staging left after the next command.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli, makeSandbox, type Sandbox } from '../helpers/cli.js';
import { closedPortUrl, startRecordingProxy, type ProxyMode, type RecordingProxy } from '../helpers/recording-proxy.js';
import { readJson, snapshotState, stagingDirs } from '../install/state.js';
import { copyTree } from './harness.js';

const FETCH_TIMEOUT_MS = 4000;
let box: Sandbox;
let template: string;
let otherTarball: Buffer;
let referenceMs = 0;

beforeAll(async () => {
  box = makeSandbox(inject('registryUrl'));
  fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{\n  // ops comment\n  "plugins": { "allow": ["versioned-plugin"] },\n}\n');
  const res = await runCli(['plugins', 'install', 'versioned-plugin@1.0.0', '--min-release-age', '0', '--yes'], { env: box.env });
  expect(res.code, res.stderr).toBe(0);
  template = path.join(box.root, 'template');
  copyTree(box.stateDir, template);
  // A real tarball of another package, to serve where clean-plugin's is asked for.
  const packument = await (await fetch(new URL('versioned-plugin', inject('registryUrl')))).json();
  otherTarball = Buffer.from(await (await fetch(packument.versions['1.0.0'].dist.tarball)).arrayBuffer());
  // The time an install takes to fail at once (nothing listening): start-up on this machine, the yardstick
  // for "bounded" below, so a loaded CI runner does not turn a bound into a flake.
  copyTree(template, box.stateDir);
  const reference = await installVia(await closedPortUrl());
  expect(reference.code, reference.stderr).toBe(3);
  referenceMs = reference.ms;
}, 600_000);
afterAll(() => box?.cleanup());

/** Install clean-plugin@1.0.0 through the proxy, no retries unless asked, a short fetch timeout. */
async function installVia(registry: string, env: NodeJS.ProcessEnv = {}) {
  const started = Date.now();
  const res = await runCli(['plugins', 'install', 'clean-plugin@1.0.0', '--min-release-age', '0', '--yes', '--registry', registry], {
    env: { ...box.env, npm_config_fetch_retries: '0', npm_config_fetch_timeout: String(FETCH_TIMEOUT_MS), ...env },
    timeoutMs: 600_000,
  });
  return { ...res, ms: Date.now() - started };
}

interface Case {
  label: string;
  mode: ProxyMode | ((proxy: RecordingProxy, other: string) => ProxyMode);
  exit: number[];
  /** stderr must name the problem. */
  says: RegExp;
  env?: NodeJS.ProcessEnv;
  /** Fetch timeouts (and retry back-offs) the case may spend, beyond the reference failure. */
  budgetMs?: number;
}

const changedIntegrity = (p: Record<string, any>) => {
  const v = p.versions['1.0.0'];
  // The same version now names other bytes: what the first answer promised no longer holds.
  v.dist.integrity = 'sha512-' + Buffer.alloc(64, 7).toString('base64');
  v.dist.shasum = '0'.repeat(40);
  return p;
};

const CASES: Case[] = [
  { label: 'answers one byte per second (tarball)', mode: { kind: 'slow', target: 'tarballs' }, exit: [3], says: /did not answer in time|timed? ?out/i },
  { label: 'answers one byte per second (packument)', mode: { kind: 'slow', target: 'packuments' }, exit: [3], says: /did not answer in time|timed? ?out/i },
  { label: 'cuts the tarball body', mode: { kind: 'cut-body', target: 'tarballs' }, exit: [3], says: /tarball|download|integrity|truncated|ended/i },
  { label: 'cuts the packument body', mode: { kind: 'cut-body', target: 'packuments' }, exit: [3], says: /registry|packument|invalid|ended|JSON/i },
  { label: 'claims a longer tarball than it sends', mode: { kind: 'lie-length', target: 'tarballs', delta: 1000 }, exit: [3], says: /did not answer in time|timed? ?out|tarball|ended/i },
  { label: 'claims a shorter tarball than it sends', mode: { kind: 'lie-length', target: 'tarballs', delta: -100 }, exit: [3, 1], says: /malformed HTTP|integrity|corrupt|truncated/i },
  { label: 'answers 500', mode: { kind: 'status', status: 500 }, exit: [3], says: /500|failing/i },
  { label: 'answers 429 without retry-after', mode: { kind: 'status', status: 429 }, exit: [3], says: /429|rate|too many/i },
  // A Retry-After of an hour must not hold the install for an hour: the retry back-off is capped.
  { label: 'answers 429 with retry-after: 3600, retries on', mode: { kind: 'status', status: 429, retryAfter: '3600' }, exit: [3], says: /429|rate|too many/i, env: { npm_config_fetch_retries: '2' }, budgetMs: 40_000 },
  { label: 'serves another tarball than the packument integrity names', mode: (_p, _o) => ({ kind: 'swap-tarball', bytes: otherTarball }), exit: [3, 1], says: /integrity/i },
  { label: 'redirects tarballs to another host', mode: (_p, other) => ({ kind: 'redirect', target: 'tarballs', to: other }), exit: [3], says: /registry|reach|ECONNREFUSED|connect/i },
];

describe('a fault-injecting registry: bounded time, exit 3 (or 1 for integrity), state unchanged, no staging left', () => {
  for (const c of CASES) {
    it(`registry ${c.label}`, async () => {
      copyTree(template, box.stateDir);
      const before = snapshotState(box.stateDir);
      const proxy = await startRecordingProxy(inject('registryUrl'));
      // "Another host": 127.0.0.2 is loopback too, on a port nobody listens on.
      const other = (await closedPortUrl()).replace('127.0.0.1', '127.0.0.2');
      try {
        proxy.setMode(typeof c.mode === 'function' ? c.mode(proxy, other) : c.mode);
        const res = await installVia(proxy.url, c.env);
        expect(c.exit, `exit ${res.code}\n${res.stderr}`).toContain(res.code);
        expect(res.stderr).toMatch(c.says);
        // Bounded: the reference failure plus a few fetch timeouts (and capped back-offs), never the minutes
        // a byte-per-second body or an hour's Retry-After would take.
        expect(res.ms, `${res.ms} ms (reference ${referenceMs} ms)\n${res.stderr}`).toBeLessThan(2 * referenceMs + (c.budgetMs ?? 5 * FETCH_TIMEOUT_MS));
        expect(snapshotState(box.stateDir)).toEqual(before);
      } finally {
        await proxy.close();
      }
      const next = await runCli(['plugins', 'uninstall', 'no-such-plugin-id'], { env: box.env });
      expect(next.code).toBe(2);
      expect(stagingDirs(box.stateDir)).toEqual([]);
      expect(snapshotState(box.stateDir)).toEqual(before);
    }, 900_000);
  }
});

describe('a packument that changes between two requests', () => {
  it('one run reads one answer per package: it installs exactly the bytes the first answer named, or refuses (exit 3) when it sees two', async () => {
    copyTree(template, box.stateDir);
    const before = snapshotState(box.stateDir);
    const first = (await (await fetch(new URL('clean-plugin', inject('registryUrl')))).json()).versions['1.0.0'].dist.integrity;
    const proxy = await startRecordingProxy(inject('registryUrl'));
    try {
      proxy.setMode({ kind: 'changing-packument', after: 1, change: changedIntegrity });
      const res = await installVia(proxy.url);
      expect([0, 3], res.stderr).toContain(res.code);
      const packumentRequests = proxy.requests.filter((r) => r.path === '/clean-plugin').length;
      if (res.code === 0) {
        // Asked once (the packument is shared by every stage of the run), so the second truth was never read.
        expect(packumentRequests).toBe(1);
        expect(readJson(path.join(box.stateDir, 'clawguard/ledger.json')).plugins['clean-plugin'].integrity).toBe(first);
      } else {
        expect(res.stderr).toMatch(/gave two different answers for clean-plugin@1\.0\.0/);
        expect(snapshotState(box.stateDir)).toEqual(before);
      }
    } finally {
      await proxy.close();
    }
  }, 900_000);
});
