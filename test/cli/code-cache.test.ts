/**
 * The launcher compiles its bundles from V8's code cache (src/cli/code-cache.ts). What must hold: a cached bundle
 * answers exactly as a freshly compiled one, including the `import()` of the engine (which Node 20 loses for code
 * deserialized from a cache); an entry stands only for the build it was made from (V8 itself checks only the
 * source's length); a broken, foreign or unwritable entry is a miss, never an error; nothing is written for a
 * bundle that has not settled.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeCacheDir, codeChecksum, LEAVE } from '../../src/cli/code-cache.js';
import { cliPath, makeSandbox, repoRoot, spawnCollected } from '../helpers/cli.js';

const loader = pathToFileURL(path.join(repoRoot, 'dist/cli/code-cache.js')).href;

/** A bundle as scripts/build-launcher.mjs writes them: CommonJS, its dynamic imports through the footer's helper. */
function writeBundle(dir: string, value: number): string {
  const file = path.join(dir, 'bundle.cjs');
  fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export default "imported";\n');
  fs.writeFileSync(
    file,
    [
      '"use strict";',
      `exports.run = async () => ({ value: ${value}, dep: (await __cgDynamicImport("./dep.mjs")).default });`,
      'function __cgDynamicImport(rel) {',
      '  const url = require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
      '  return typeof __cgImport === "function" ? __cgImport(url) : import(url);',
      '}',
      '',
    ].join('\n'),
  );
  return file;
}

/** Load `bundle` through requireBundle in a fresh process (entries are written at exit) and run it. */
function load(bundle: string, cacheDir: string, settled: boolean): { value: number; dep: string } {
  const script = `import { requireBundle } from ${JSON.stringify(loader)};
const m = requireBundle(${JSON.stringify(bundle)}, (url) => import(url), ${JSON.stringify(cacheDir)}, Date.now() + (${settled} ? 60000 : 0));
process.stdout.write(JSON.stringify(await m.run()));`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  return JSON.parse(res.stdout) as { value: number; dep: string };
}

/** The one entry of the cache directory (named for the bundle, its path, the Node version and the arch). */
function entryOf(cacheDir: string): string {
  const names = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((n) => n.endsWith('.bin')) : [];
  expect(names.length).toBeLessThanOrEqual(1);
  return path.join(cacheDir, names[0] ?? 'none.bin');
}

/** The checksum codeChecksum's WebAssembly computes, written with BigInt (its documented definition). */
function referenceChecksum(code: Uint8Array): string {
  const mask = (1n << 64n) - 1n;
  const padded = new Uint8Array((code.length + 7) & ~7);
  padded.set(code);
  const view = new DataView(padded.buffer);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < padded.length; i += 8) {
    h = ((h ^ view.getBigUint64(i, true)) * 0x100000001b3n) & mask;
    h ^= h >> 29n;
  }
  return `${h.toString(16)}-${code.length}`;
}

describe('the code cache checksum', () => {
  it('is its documented sum, and any flipped bit changes it', () => {
    let seed = 7;
    const random = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    for (const n of [1, 7, 8, 9, 1000, 70_000, 200_000]) {
      const code = random(n);
      expect(codeChecksum(code)).toBe(referenceChecksum(code));
      for (const at of [0, n >> 1, n - 1]) {
        const flipped = Uint8Array.from(code);
        flipped[at] ^= 1 << (at % 8);
        expect(codeChecksum(flipped)).not.toBe(codeChecksum(code));
      }
    }
    // Zero padding does not make a shorter code equal a longer one.
    expect(codeChecksum(new Uint8Array(3))).not.toBe(codeChecksum(new Uint8Array(8)));
  });
});

describe('the launcher code cache', () => {
  const box = makeSandbox();

  it('writes an entry when the process is done, and the next process runs the cached code, import() included', () => {
    const dir = fs.mkdtempSync(path.join(box.root, 'b-'));
    const cacheDir = path.join(dir, 'cache');
    const bundle = writeBundle(dir, 42);
    expect(load(bundle, cacheDir, true)).toEqual({ value: 42, dep: 'imported' });
    const entry = entryOf(cacheDir);
    const first = fs.statSync(entry);
    expect(fs.readFileSync(entry).subarray(0, 60).toString('latin1')).toContain('clawguard-code-cache-v1');
    // Accepted by V8: the second process neither rejects nor rewrites it.
    expect(load(bundle, cacheDir, true)).toEqual({ value: 42, dep: 'imported' });
    const second = fs.statSync(entry);
    expect([second.ino, second.mtimeMs]).toEqual([first.ino, first.mtimeMs]);
  });

  it('an entry stands for one build: a rebuilt bundle of the same length is compiled from its new source', () => {
    const dir = fs.mkdtempSync(path.join(box.root, 'b-'));
    const cacheDir = path.join(dir, 'cache');
    const bundle = writeBundle(dir, 42);
    load(bundle, cacheDir, true);
    const before = fs.readFileSync(entryOf(cacheDir));
    writeBundle(dir, 43); // same length: V8's own check (the source's length) would take the old code
    expect(load(bundle, cacheDir, true)).toEqual({ value: 43, dep: 'imported' });
    expect(fs.readFileSync(entryOf(cacheDir)).equals(before)).toBe(false);
  });

  it('two installations sharing one cache keep an entry each', () => {
    const cacheDir = path.join(box.root, 'shared-cache');
    const one = writeBundle(fs.mkdtempSync(path.join(box.root, 'b-')), 1);
    const two = writeBundle(fs.mkdtempSync(path.join(box.root, 'b-')), 2);
    for (const bundle of [one, two, one, two]) load(bundle, cacheDir, true);
    const entries = fs.readdirSync(cacheDir).filter((n) => n.endsWith('.bin'));
    expect(entries).toHaveLength(2);
    const before = entries.map((n) => fs.statSync(path.join(cacheDir, n)).mtimeMs);
    expect(load(one, cacheDir, true).value).toBe(1);
    expect(load(two, cacheDir, true).value).toBe(2);
    expect(entries.map((n) => fs.statSync(path.join(cacheDir, n)).mtimeMs)).toEqual(before);
  });

  it('an entry holds the code of the fast answer: a run that leaves it (a stage, an import) is cached as it left', () => {
    /** A bundle whose run, in `mode`, leaves its fast answer (or not), then compiles a large function. */
    const sizeAfter = (mode: 'stay' | 'stage' | 'import'): number => {
      const dir = fs.mkdtempSync(path.join(box.root, 'b-'));
      const cacheDir = path.join(dir, 'cache');
      const bundle = path.join(dir, 'bundle.cjs');
      fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export default 1;\n');
      fs.writeFileSync(
        bundle,
        [
          '"use strict";',
          'exports.run = async (mode) => {',
          `  if (mode === "stage") globalThis[Symbol.for(${JSON.stringify(LEAVE.description)})]?.();`,
          '  if (mode === "import") await __cgDynamicImport("./dep.mjs");',
          '  return heavy();',
          '};',
          `function heavy() { let x = 0; ${'x = (x * 31 + 7) % 1000003; '.repeat(3000)}return x; }`,
          'function __cgDynamicImport(rel) {',
          '  const url = require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
          '  return typeof __cgImport === "function" ? __cgImport(url) : import(url);',
          '}',
          '',
        ].join('\n'),
      );
      const script = `import { requireBundle } from ${JSON.stringify(loader)};
const m = requireBundle(${JSON.stringify(bundle)}, (url) => import(url), ${JSON.stringify(cacheDir)}, Date.now() + 60000);
process.stdout.write(String(await m.run(${JSON.stringify(mode)})));`;
      const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(res.stderr).toBe('');
      expect(Number(res.stdout)).toBeGreaterThan(0);
      return fs.statSync(entryOf(cacheDir)).size;
    };
    const stayed = sizeAfter('stay');
    // heavy()'s ~3000 statements of bytecode are in the entry of a run that stayed, not of one that had left.
    expect(sizeAfter('stage')).toBeLessThan(stayed / 2);
    expect(sizeAfter('import')).toBeLessThan(stayed / 2);
  });

  it('a bundle that has not settled gets no entry', () => {
    const dir = fs.mkdtempSync(path.join(box.root, 'b-'));
    const cacheDir = path.join(dir, 'cache');
    expect(load(writeBundle(dir, 7), cacheDir, false)).toEqual({ value: 7, dep: 'imported' });
    expect(fs.existsSync(entryOf(cacheDir))).toBe(false);
  });

  it('a damaged entry is a miss and is replaced; an unwritable cache directory changes nothing', () => {
    const dir = fs.mkdtempSync(path.join(box.root, 'b-'));
    const cacheDir = path.join(dir, 'cache');
    const bundle = writeBundle(dir, 5);
    load(bundle, cacheDir, true);
    const entry = entryOf(cacheDir);
    const good = fs.readFileSync(entry);
    const header = good.subarray(0, good.indexOf(10) + 1);
    // A byte flipped inside V8's code (one such flip crashed Node 20 before entries carried a checksum).
    const flipped = (at: number) => {
      const copy = Buffer.from(good);
      copy[at] ^= 0x5a;
      return copy;
    };
    for (const damaged of [Buffer.from('garbage'), Buffer.concat([header, Buffer.from('not V8 code at all')]), good.subarray(0, header.length + 40), ...[0.02, 0.3, 0.6, 0.97].map((f) => flipped(header.length + Math.floor(f * (good.length - header.length))))]) {
      fs.writeFileSync(entry, damaged);
      expect(load(bundle, cacheDir, true)).toEqual({ value: 5, dep: 'imported' });
      // Rejected, hence rewritten (an accepted entry is never rewritten: the first test).
      expect(fs.readFileSync(entry).length).toBeGreaterThan(header.length + 100);
      expect(fs.readFileSync(entry).equals(damaged)).toBe(false);
    }
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    expect(load(bundle, path.join(blocked, 'cache'), true)).toEqual({ value: 5, dep: 'imported' });
  });

  it('lives beside the result cache, and is off without a home or with CLAWGUARD_CODE_CACHE=0', () => {
    expect(codeCacheDir({ HOME: box.home, npm_config_cache: path.join(box.root, 'c') })).toBe(path.join(box.root, 'c', '_clawguard', 'code-v1'));
    expect(codeCacheDir({ HOME: box.home, CLAWGUARD_CODE_CACHE: '0' })).toBeUndefined();
    expect(codeCacheDir({ HOME: path.join(box.root, 'no-such-home'), npm_config_cache: path.join(box.root, 'no-such-home', 'x', 'y') })).toBeUndefined();
  });

  it('the real launcher: a scan from the cached skills bundle loads the engine and answers as an uncached one', async () => {
    // The bundles are written by the build; an entry is made only once they have settled.
    const bundle = path.join(repoRoot, 'dist/cli/fast/engine.cjs');
    const age = Date.now() - fs.statSync(bundle).ctimeMs;
    if (age < 2500) await new Promise((r) => setTimeout(r, 2500 - age));
    // (a shell script, and a Python one that only the translators, which the engine imports on demand, read)
    const args = [cliPath, 'skills', 'scan', '--json', path.join(repoRoot, 'fixtures/skills/malicious-exfil-script'), path.join(repoRoot, 'fixtures/behaviour/behaviour-remote-code-execution/positive-python-exec')];
    const env = { ...box.env, CLAWGUARD_INSPECT_CACHE: '0' }; // every run inspects: the engine's import() runs
    // The reference: the full CLI, which loads the engine as ES modules (not from its bundle) and no code cache.
    const plain = await spawnCollected(process.execPath, [path.join(repoRoot, 'dist/cli/main.js'), ...args.slice(1)], { env: { ...env, CLAWGUARD_CODE_CACHE: '0' } });
    const cacheDir = path.join(box.env.npm_config_cache as string, '_clawguard', 'code-v1');
    const skillsEntry = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((n) => n.startsWith('skills-') && n.endsWith(`-${process.version}-${process.arch}.bin`)) : []);
    expect(skillsEntry()).toEqual([]);
    const answers = [];
    for (let i = 0; i < 2; i++) answers.push(await spawnCollected(process.execPath, args, { env }));
    expect(skillsEntry()).toHaveLength(1);
    const strip = (s: string) => s.replace(/"durationMs": \d+/g, '');
    for (const a of answers) {
      expect(a.stderr).toBe('');
      expect([a.code, strip(a.stdout)]).toEqual([plain.code, strip(plain.stdout)]);
    }
    expect(plain.code).toBe(1);
    // The engine came from its bundle (src/cli/launcher.ts BUNDLED_MODULES), whose entry was made when the first
    // process was done; the second compiled from it and so wrote nothing, and neither does a third (on every Node: an
    // entry made under other V8 flags than the next process reads it with would be refused and rewritten each run).
    const engineEntry = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((n) => n.startsWith('engine-') && n.endsWith(`-${process.version}-${process.arch}.bin`)) : []);
    expect(engineEntry()).toHaveLength(1);
    const made = engineEntry().map((n) => fs.statSync(path.join(cacheDir, n)).mtimeMs);
    const third = await spawnCollected(process.execPath, args, { env });
    expect([third.code, strip(third.stdout)]).toEqual([plain.code, strip(plain.stdout)]);
    expect(engineEntry().map((n) => fs.statSync(path.join(cacheDir, n)).mtimeMs)).toEqual(made);
    // Node 22.1+: Node's own compile cache, for the modules the scan loaded from node_modules, beside the bundles'.
    const nodeCache = path.join(cacheDir, 'node');
    expect(fs.existsSync(nodeCache) && fs.readdirSync(nodeCache).length > 0).toBe(typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function');
  });
});
