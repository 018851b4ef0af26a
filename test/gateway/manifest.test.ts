import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIntegrityManifest, loadIntegrityManifest, saveIntegrityManifest, verifyIntegrityManifest } from '../../src/ledger/manifest.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/** lchown every path of a tree (links themselves, not their targets). */
function chownTree(dir: string, uid: number): void {
  fs.lchownSync(dir, uid, uid);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, uid);
    else fs.lchownSync(p, uid, uid);
  }
}

let root: string;
let plugin: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-manifest-'));
  plugin = path.join(root, 'plugin');
  fs.mkdirSync(path.join(plugin, 'dist'), { recursive: true, mode: 0o755 });
  fs.mkdirSync(path.join(plugin, 'node_modules/dep/bin'), { recursive: true, mode: 0o755 });
  fs.mkdirSync(path.join(plugin, 'node_modules/.bin'), { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(plugin, 'package.json'), '{"name":"p","version":"1.0.0"}', { mode: 0o644 });
  fs.writeFileSync(path.join(plugin, 'dist/index.js'), 'export default {};\n', { mode: 0o644 });
  fs.writeFileSync(path.join(plugin, 'node_modules/dep/bin/cli.js'), '#!/usr/bin/env node\n', { mode: 0o755 });
  fs.symlinkSync('../dep/bin/cli.js', path.join(plugin, 'node_modules/.bin/dep'));
  fs.chmodSync(plugin, 0o755);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const codes = (r: { problems: Array<{ code: string; path: string }> }) => r.problems.map((p) => `${p.code}:${p.path}`);

describe('integrity manifest', () => {
  it('records every file (node_modules included), directory mode and symlink target', async () => {
    const m = await buildIntegrityManifest(plugin);
    expect(Object.keys(m.files).sort()).toEqual(['dist/index.js', 'node_modules/dep/bin/cli.js', 'package.json']);
    expect(m.files['node_modules/dep/bin/cli.js'].mode).toBe(0o755);
    expect(m.dirs['']).toEqual({ mode: 0o755 });
    expect(m.symlinks['node_modules/.bin/dep']).toBe('../dep/bin/cli.js');
    expect(m.files['package.json'].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an untouched tree verifies in default and deep mode', async () => {
    const m = await buildIntegrityManifest(plugin);
    const quick = await verifyIntegrityManifest(plugin, m);
    expect(quick).toMatchObject({ ok: true, problems: [] });
    expect(quick.stats.hashed).toBe(0);
    const deep = await verifyIntegrityManifest(plugin, m, { deep: true });
    expect(deep.ok).toBe(true);
    expect(deep.stats.hashed).toBe(3);
  });

  it('a same-size edit with mtime restored is still caught: ctime moved, so the default mode re-hashes', async () => {
    const m = await buildIntegrityManifest(plugin);
    const file = path.join(plugin, 'dist/index.js');
    const before = fs.statSync(file);
    fs.writeFileSync(file, 'export default {};\n'.replace('{}', '[]'));
    fs.utimesSync(file, before.atime, before.mtime);
    // ctime moved, so even the default mode re-hashes and catches it.
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual(['integrity-mismatch:dist/index.js']);
    expect(codes(await verifyIntegrityManifest(plugin, m, { deep: true }))).toEqual(['integrity-mismatch:dist/index.js']);
  });

  it('a file replaced by an identical copy (new inode) is re-hashed, and passes only because the bytes match', async () => {
    const m = await buildIntegrityManifest(plugin);
    const file = path.join(plugin, 'dist/index.js');
    const before = fs.statSync(file);
    fs.copyFileSync(file, `${file}.new`);
    fs.renameSync(`${file}.new`, file);
    fs.utimesSync(file, before.atime, before.mtime);
    const r = await verifyIntegrityManifest(plugin, m);
    expect(r.ok).toBe(true);
    expect(r.stats.hashed).toBe(1);
    expect(r.stats.files).toBe(3);
  });

  it('a recorded file turned into a directory is a mismatch, and what it holds is unexpected, not missing', async () => {
    const m = await buildIntegrityManifest(plugin);
    const file = path.join(plugin, 'dist/index.js');
    fs.rmSync(file);
    fs.mkdirSync(file, { mode: 0o755 });
    fs.writeFileSync(path.join(file, 'x.js'), 'x', { mode: 0o644 });
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual(['integrity-mismatch:dist/index.js', 'unexpected-file:dist/index.js/x.js']);
    // Same number of entries as recorded, one swapped for another name: the removed one is still reported.
    fs.rmSync(file, { recursive: true });
    fs.writeFileSync(path.join(plugin, 'dist/other.js'), 'export default {};\n', { mode: 0o644 });
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual(['missing-file:dist/index.js', 'unexpected-file:dist/other.js']);
  });

  it('reports added, removed, mode-changed, retargeted and escaping entries', async () => {
    const m = await buildIntegrityManifest(plugin);
    fs.writeFileSync(path.join(plugin, 'dist/extra.js'), 'x', { mode: 0o644 });
    fs.rmSync(path.join(plugin, 'package.json'));
    fs.chmodSync(path.join(plugin, 'node_modules/dep/bin/cli.js'), 0o700);
    fs.rmSync(path.join(plugin, 'node_modules/.bin/dep'));
    fs.symlinkSync('/etc/passwd', path.join(plugin, 'node_modules/.bin/dep'));
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual([
      'unexpected-file:dist/extra.js',
      'integrity-mismatch:node_modules/.bin/dep',
      'symlink-escape:node_modules/.bin/dep',
      'mode-mismatch:node_modules/dep/bin/cli.js',
      'missing-file:package.json',
    ]);
  });

  it('group/world-writable paths are unsafe even when recorded that way', async () => {
    fs.chmodSync(path.join(plugin, 'dist'), 0o777);
    const m = await buildIntegrityManifest(plugin);
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual(['unsafe-permissions:dist']);
  });

  it('a foreign owner is unsafe: every path owned by another user (not root) is reported, and only those', async () => {
    const m = await buildIntegrityManifest(plugin);
    const every = [...Object.keys(m.files), ...Object.keys(m.dirs), ...Object.keys(m.symlinks)].sort();
    expect(every.length).toBe(10);
    const unsafePaths = (r: { problems: Array<{ code: string; path: string }> }) => r.problems.filter((p) => p.code === 'unsafe-permissions').map((p) => p.path).sort();
    if (isRoot) {
      // Root-owned paths are never foreign: as root the tree must first belong to someone else.
      expect(unsafePaths(await verifyIntegrityManifest(plugin, m, { uid: 4243 }))).toEqual([]);
      chownTree(plugin, 4242);
      expect(unsafePaths(await verifyIntegrityManifest(plugin, m, { uid: 4243 }))).toEqual(every);
      expect(await verifyIntegrityManifest(plugin, m, { uid: 4242 })).toMatchObject({ ok: true, problems: [] });
    } else {
      const me = process.getuid!();
      expect(unsafePaths(await verifyIntegrityManifest(plugin, m, { uid: me + 4242 }))).toEqual(every);
      expect((await verifyIntegrityManifest(plugin, m)).ok).toBe(true);
    }
  });

  it.runIf(isRoot)('the same check as an unprivileged user (a child process as nobody): own and root-owned paths pass, a foreign one does not', () => {
    fs.chmodSync(root, 0o755);
    chownTree(plugin, NOBODY);
    fs.lchownSync(path.join(plugin, 'dist/index.js'), 4242, 4242);
    fs.lchownSync(path.join(plugin, 'package.json'), 0, 0);
    const script = `import { buildIntegrityManifest, verifyIntegrityManifest } from ${JSON.stringify(path.join(repoRoot, 'dist/ledger/manifest.js'))};
const dir = ${JSON.stringify(plugin)};
const r = await verifyIntegrityManifest(dir, await buildIntegrityManifest(dir));
process.stdout.write(JSON.stringify({ uid: process.getuid(), problems: r.problems.map((p) => p.code + ':' + p.path) }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { uid: NOBODY, gid: NOBODY, encoding: 'utf8', cwd: '/', env: { PATH: process.env.PATH } });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ uid: NOBODY, problems: ['unsafe-permissions:dist/index.js'] });
  });

  it('a root replaced by a symlink or removed is a problem, not a pass', async () => {
    const m = await buildIntegrityManifest(plugin);
    const moved = path.join(root, 'elsewhere');
    fs.renameSync(plugin, moved);
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual(['missing-file:']);
    fs.symlinkSync(moved, plugin);
    expect(codes(await verifyIntegrityManifest(plugin, m))).toEqual(['integrity-mismatch:']);
  });

  it('a stored manifest edited behind the ledger is inconsistent; an unreadable one is refused', async () => {
    const m = await buildIntegrityManifest(plugin);
    const cg = path.join(root, 'clawguard');
    const saved = saveIntegrityManifest(cg, 'plugin', m);
    expect(loadIntegrityManifest(cg, 'plugin', saved.sha256)).toMatchObject({ ok: true });
    expect(fs.statSync(saved.path).mode & 0o777).toBe(0o600);
    fs.appendFileSync(saved.path, ' ');
    expect(loadIntegrityManifest(cg, 'plugin', saved.sha256)).toMatchObject({ ok: false, code: 'manifest-inconsistent' });
    fs.writeFileSync(saved.path, '{nope');
    expect(loadIntegrityManifest(cg, 'plugin', '')).toMatchObject({ ok: false, code: 'manifest-inconsistent' });
    fs.rmSync(saved.path);
    expect(loadIntegrityManifest(cg, 'plugin', saved.sha256)).toMatchObject({ ok: false, code: 'manifest-missing' });
  });
});
