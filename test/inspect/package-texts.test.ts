/**
 * What the engine keeps of a package's texts after reading it (issue 12, memory on big trees): the emulator's
 * view of the files (PackageTexts) holds them whole only within a budget and reads the rest again exactly as
 * the analyzers saw them; what outlives a file (signal evidence, import specifiers) holds none of its text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_TEXTS_KEEP_CHARS, PackageTexts, loadFile } from '../../src/inspect/files.js';
import { inspectTarget } from '../../src/inspect/target.js';
import { loadRules } from '../../src/inspect/index.js';
import { detach, shorten } from '../../src/inspect/signals.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-texts-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function makeDir(files: Record<string, string>): string {
  const dir = path.join(tmp, `t${n++}`);
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  }
  return dir;
}

const read = (dir: string, rel: string) => loadFile(path.join(dir, rel), { wantText: () => true }).text!;

describe('PackageTexts', () => {
  it('a package within the budget is held whole, as read, in file order: nothing is read again', () => {
    const dir = makeDir({ 'a.js': 'module.exports = 1;\n', 'b/c.json': '{"x": 1}\n' });
    const texts = new PackageTexts(dir);
    texts.add('a.js', read(dir, 'a.js'));
    texts.add('b/c.json', read(dir, 'b/c.json'));
    fs.writeFileSync(path.join(dir, 'a.js'), 'changed on disk');
    expect(texts.size).toBe(2);
    expect([...texts.keys()]).toEqual(['a.js', 'b/c.json']);
    expect(texts.get('a.js')).toBe('module.exports = 1;\n');
    expect(texts.has('missing.js')).toBe(false);
    expect(texts.get('missing.js')).toBeUndefined();
    expect([...texts]).toEqual([
      ['a.js', 'module.exports = 1;\n'],
      ['b/c.json', '{"x": 1}\n'],
    ]);
    expect(() => texts.set('x', 'y')).toThrow(TypeError);
  });

  it('past the budget the rest is read again from disk, padding collapsed as the analyzers saw it', () => {
    // A first file that takes the whole budget, then a padded one (over 256 KiB: read as a collapsing stream).
    const big = `${'x'.repeat(79)}\n`.repeat(Math.ceil(PACKAGE_TEXTS_KEEP_CHARS / 80));
    const padded = `const a = 1;${' '.repeat(300 * 1024)}require('child_process');\n`;
    const dir = makeDir({ 'big.js': big, 'padded.js': padded, 'z.js': 'z();\n' });
    const texts = new PackageTexts(dir);
    for (const rel of ['big.js', 'padded.js', 'z.js']) texts.add(rel, read(dir, rel));
    const seen = read(dir, 'padded.js');
    expect(seen.length).toBeLessThan(padded.length); // collapsed
    expect(texts.get('padded.js')).toBe(seen);
    expect(texts.get('z.js')).toBe('z();\n');
    // Not held: a later change on disk shows (the engine's result is then not cached: content-digest's stat check).
    fs.writeFileSync(path.join(dir, 'z.js'), 'y();\n');
    const fresh = PackageTexts.open(structuredClone(texts.source()));
    expect(fresh.get('z.js')).toBe('y();\n');
    expect(fresh.get('big.js')).toBe(big);
    expect([...fresh.keys()]).toEqual(['big.js', 'padded.js', 'z.js']);
  });

  it('crosses a thread as paths plus what it holds, never every text', () => {
    const dir = makeDir({ 'a.js': 'a();\n' });
    const texts = new PackageTexts(dir);
    texts.add('a.js', 'a();\n');
    const source = structuredClone(texts.source());
    expect(PackageTexts.isSource(source)).toBe(true);
    expect(PackageTexts.isSource(new Map())).toBe(false);
    const opened = PackageTexts.open(source);
    fs.rmSync(path.join(dir, 'a.js'));
    expect(opened.get('a.js')).toBe('a();\n');
  });

  it('the engine hands the emulator a PackageTexts with every file it may read', () => {
    const dir = makeDir({
      'package.json': JSON.stringify({ name: 'p', version: '1.0.0', main: 'index.js', scripts: { postinstall: 'node install.js' } }),
      'install.js': "require('child_process').exec('echo hi');\n",
      'index.js': 'module.exports = 1;\n',
      'data.json': '{"a": 1}\n',
    });
    const r = inspectTarget(dir, loadRules(), { target: 'package' });
    expect(r.emulation?.files).toBeInstanceOf(PackageTexts);
    expect(new Set(r.emulation!.files.keys())).toEqual(new Set(['package.json', 'install.js', 'index.js', 'data.json']));
    expect(r.emulation!.files.get('install.js')).toBe("require('child_process').exec('echo hi');\n");
    expect(r.emulation!.entries).toEqual([{ file: 'install.js', reach: 'install' }]);
  });
});

  it('a read can keep only a text\'s first part and still count all of it (a bundle over the whole-file cap)', () => {
    const body = `const a = 1;${' '.repeat(300 * 1024)}\n${'b();\n'.repeat(100_000)}`;
    const dir = makeDir({ 'bundle.js': body });
    const whole = loadFile(path.join(dir, 'bundle.js'), { wantText: () => true });
    const part = loadFile(path.join(dir, 'bundle.js'), { keepChars: 1000, wantText: () => true });
    expect(part.text).toBe(whole.text!.slice(0, 1000));
    expect(part.length).toBe(whole.text!.length);
    expect(part.length).toBe(whole.length);
    expect({ hash: part.hash, size: part.size, collapsed: part.collapsed, truncated: part.truncated }).toEqual({ hash: whole.hash, size: whole.size, collapsed: whole.collapsed, truncated: whole.truncated });
    // Past the scan cap too: the count stops there, as the whole read's text does.
    const capped = loadFile(path.join(dir, 'bundle.js'), { maxScanBytes: 300_000, keepChars: 1000, wantText: () => true });
    expect({ length: capped.length, truncated: capped.truncated, kept: capped.text!.length }).toEqual({ length: 300_000, truncated: true, kept: 1000 });
  });

  it('a text the engine held only in part is read again whole when asked for; the others stay held', () => {
    const dir = makeDir({ 'a.js': 'a();\n', 'big.js': 'big();\n'.repeat(10), 'z.js': 'z();\n' });
    const texts = new PackageTexts(dir);
    texts.add('a.js', 'a();\n');
    texts.add('big.js', 'big();\n', false);
    texts.add('z.js', 'z();\n');
    const opened = PackageTexts.open(structuredClone(texts.source()));
    fs.rmSync(path.join(dir, 'a.js'));
    fs.rmSync(path.join(dir, 'z.js'));
    for (const t of [texts, opened]) {
      expect(t.get('big.js')).toBe('big();\n'.repeat(10));
      expect([t.get('a.js'), t.get('z.js')]).toEqual(['a();\n', 'z();\n']);
    }
  });

  it('the engine holds a file over the whole-file cap in part, and the emulator reads it whole', () => {
    const big = `module.exports = 1;\n${'var x = 1;\n'.repeat(20_000)}`;
    const dir = makeDir({
      'package.json': JSON.stringify({ name: 'p', version: '1.0.0', main: 'index.js', scripts: { postinstall: 'node install.js' } }),
      'install.js': "require('child_process').exec('echo hi');\n",
      'index.js': 'module.exports = 1;\n',
      'lib/big.js': big,
    });
    const r = inspectTarget(dir, loadRules(), { target: 'package', maxFileBytes: 64 * 1024 });
    expect(r.findings.find((f) => f.ruleId === 'package-file-too-large')?.evidence).toMatch(new RegExp(`${big.length} characters after collapsing padding, over the 65536-byte whole-file cap`));
    expect(r.emulation!.files.get('lib/big.js')).toBe(big);
  });

describe('what outlives a file holds none of its text', () => {
  const gc = (() => {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  })();

  it('detach copies; shorten (every signal evidence) detaches', () => {
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    const kept: string[] = [];
    for (let i = 0; i < 16; i++) {
      // 4 MiB texts of their own; a signal's evidence cut from each.
      const text = JSON.parse(JSON.stringify(`${i} `.repeat(2 * 1024 * 1024))) as string;
      kept.push(shorten(text.slice(100, 400)), detach(text.slice(1000, 1100)));
    }
    gc();
    const grown = v8.getHeapStatistics().used_heap_size - before;
    expect(kept[0].length).toBe(160);
    expect(kept[1]).toBe(`${0} `.repeat(1100).slice(1000, 1100));
    // Held whole, the 16 texts would be 64 MiB.
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });
});
