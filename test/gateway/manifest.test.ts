import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIntegrityManifest, loadIntegrityManifest, saveIntegrityManifest, verifyIntegrityManifest } from '../../src/ledger/manifest.js';

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

  it('a foreign owner is unsafe', async () => {
    const m = await buildIntegrityManifest(plugin);
    const me = process.getuid!();
    const r = await verifyIntegrityManifest(plugin, m, { uid: me + 4242 });
    // every path is owned by "someone else" from the point of view of uid me+4242 (unless we run as root)
    if (me !== 0) expect(r.problems.every((p) => p.code === 'unsafe-permissions')).toBe(true);
    if (me !== 0) expect(r.problems.length).toBeGreaterThan(5);
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
