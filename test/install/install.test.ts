import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSandboxes, runCli, type Sandbox } from '../helpers/cli.js';
import { readJson } from './state.js';

const sandbox = useSandboxes();

const install = (box: Sandbox, spec: string, ...flags: string[]) => runCli(['plugins', 'install', spec, '--min-release-age', '0', '--yes', ...flags], { env: box.env });

function modesUnder(root: string): Array<{ rel: string; mode: number; dir: boolean }> {
  const out: Array<{ rel: string; mode: number; dir: boolean }> = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = path.join(rel, d.name);
      const st = fs.lstatSync(path.join(root, r));
      if (st.isSymbolicLink()) continue;
      out.push({ rel: r, mode: st.mode & 0o7777, dir: st.isDirectory() });
      if (st.isDirectory()) walk(r);
    }
  };
  walk('');
  return out;
}

describe('plugins install', () => {
  it('installs a clean plugin: files owner-only, ledger entry with manifest, allowlist and entry in the config', async () => {
    const box = sandbox();
    const res = await install(box, 'clean-plugin@1.0.0', '--json');
    expect(res.code, res.stderr).toBe(0);
    const out = res.json();
    expect(out.verdict).toBe('allow');
    expect(out.target).toMatchObject({ kind: 'npm', name: 'clean-plugin', version: '1.0.0', pluginId: 'clean-plugin' });
    expect(out.target.integrity).toMatch(/^sha512-/);
    const dir = path.join(box.stateDir, 'extensions', 'clean-plugin');
    expect(out.install.dir).toBe(dir);
    expect(fs.readFileSync(path.join(dir, 'dist/index.js'), 'utf8')).toContain('api.example.com');

    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    for (const entry of modesUnder(dir)) {
      if (entry.dir) expect(entry.mode, entry.rel).toBe(0o700);
      else expect(entry.mode & 0o077, entry.rel).toBe(0);
    }

    const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
    const entry = ledger.plugins['clean-plugin'];
    expect(entry).toMatchObject({ pluginId: 'clean-plugin', dirName: 'clean-plugin', dir, name: 'clean-plugin', version: '1.0.0', verdict: 'allow' });
    expect(entry.source).toMatchObject({ kind: 'registry', spec: 'clean-plugin@1.0.0' });
    expect(entry.integrity).toBe(out.target.integrity);
    expect(fs.statSync(path.join(box.stateDir, 'clawguard/ledger.json')).mode & 0o777).toBe(0o600);
    const manifest = readJson(path.join(box.stateDir, 'clawguard/manifests/clean-plugin.json'));
    expect(Object.keys(manifest.files).sort()).toEqual(['dist/index.js', 'openclaw.plugin.json', 'package.json']);

    const configPath = path.join(box.stateDir, 'openclaw.json');
    expect(readJson(configPath).plugins).toEqual({ allow: ['clean-plugin'], entries: { 'clean-plugin': { enabled: true } } });
    expect(fs.statSync(configPath).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.join(box.stateDir, 'extensions'))).toEqual(['clean-plugin']);
    expect(fs.existsSync(path.join(box.stateDir, 'clawguard/lock'))).toBe(false);
  });

  it('installs production dependencies with every lifecycle script off: the canaries are never written', async () => {
    const box = sandbox();
    const canary = path.join(box.root, 'canary.txt');
    const env = { ...box.env, CLAWGUARD_CANARY: canary };
    const dep = await runCli(['plugins', 'install', 'dep-plugin@1.0.0', '--min-release-age', '0', '--yes', '--json'], { env });
    expect(dep.code, dep.stderr).toBe(0);
    const dir = path.join(box.stateDir, 'extensions', 'dep-plugin');
    expect(fs.existsSync(path.join(dir, 'node_modules/dep-plugin-helper/index.js'))).toBe(true);
    const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
    expect(ledger.plugins['dep-plugin'].packages).toEqual([
      expect.objectContaining({ name: 'dep-plugin-helper', version: '1.0.0', path: 'dep-plugin>dep-plugin-helper' }),
    ]);
    expect(ledger.plugins['dep-plugin'].scripts.ran).toEqual([]);
    expect(dep.json().lifecycleScripts).toEqual([expect.objectContaining({ package: 'dep-plugin-helper@1.0.0', event: 'postinstall' })]);

    const top = await runCli(['plugins', 'install', 'canary-plugin@1.0.0', '--min-release-age', '0', '--yes'], { env });
    expect(top.code, top.stderr).toBe(0);
    expect(top.stderr).toMatch(/lifecycle script\(s\) were not run/);
    expect(fs.existsSync(canary)).toBe(false);
  });

  it('keeps the comments and layout of an existing openclaw.json and appends to a non-empty allowlist', async () => {
    const box = sandbox();
    const configPath = path.join(box.stateDir, 'openclaw.json');
    const original = [
      '// my gateway',
      '{',
      '    "gateway": { "port": 18789 }, // do not change',
      '    "plugins": {',
      '        /* reviewed by ops */',
      '        "allow": ["already-trusted"],',
      '        "entries": { "versioned-plugin": { "enabled": false } },',
      '    },',
      '}',
      '',
    ].join('\n');
    fs.writeFileSync(configPath, original);
    const res = await install(box, 'versioned-plugin@1.0.0');
    expect(res.code, res.stderr).toBe(0);
    const text = fs.readFileSync(configPath, 'utf8');
    expect(text).toContain('// my gateway');
    expect(text).toContain('// do not change');
    expect(text).toContain('/* reviewed by ops */');
    expect(text).toMatch(/\n {8}"allow": \[/);
    expect(fs.readFileSync(`${configPath}.bak`, 'utf8')).toBe(original);
    expect(res.stdout).toContain('enabled was false; installing enabled it again');
    const JSON5 = (await import('json5')).default;
    expect(JSON5.parse(text).plugins).toEqual({ allow: ['already-trusted', 'versioned-plugin'], entries: { 'versioned-plugin': { enabled: true } } });
  });

  it('creating the allowlist names the discovered plugins it stops, with how to keep them', async () => {
    const box = sandbox();
    const other = path.join(box.stateDir, 'extensions', 'hand-copied');
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(other, 'openclaw.plugin.json'), JSON.stringify({ id: 'hand-copied', configSchema: {} }));
    const res = await install(box, 'clean-plugin@1.0.0');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('not in the new allowlist');
    expect(res.stdout).toContain(`hand-copied (${other})`);
    expect(res.stdout).toContain("clawguard plugins adopt <id>");
  });

  it('list shows version, integrity, allow status and verdict; uninstall removes directory, ledger entry and config ids', async () => {
    const box = sandbox();
    expect((await install(box, 'clean-plugin@1.0.0')).code).toBe(0);
    expect((await install(box, 'versioned-plugin@1.0.0')).code).toBe(0);
    const list = await runCli(['plugins', 'list', '--json'], { env: box.env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.json().plugins.map((p: any) => [p.id, p.version, p.allowStatus, p.verdict, p.present])).toEqual([
      ['clean-plugin', '1.0.0', 'allowed', 'allow', true],
      ['versioned-plugin', '1.0.0', 'allowed', 'allow', true],
    ]);
    expect(list.json().plugins[0].integrity).toMatch(/^sha512-/);
    const text = await runCli(['plugins', 'list'], { env: box.env });
    expect(text.stdout).toMatch(/^clean-plugin\s+1\.0\.0\s+allow\s+allowed\s+present\s+sha512-/m);

    const un = await runCli(['plugins', 'uninstall', 'clean-plugin'], { env: box.env });
    expect(un.code, un.stderr).toBe(0);
    expect(fs.existsSync(path.join(box.stateDir, 'extensions/clean-plugin'))).toBe(false);
    expect(fs.existsSync(path.join(box.stateDir, 'clawguard/manifests/clean-plugin.json'))).toBe(false);
    expect(Object.keys(readJson(path.join(box.stateDir, 'clawguard/ledger.json')).plugins)).toEqual(['versioned-plugin']);
    expect(readJson(path.join(box.stateDir, 'openclaw.json')).plugins).toEqual({ allow: ['versioned-plugin'], entries: { 'versioned-plugin': { enabled: true } } });

    const unknown = await runCli(['plugins', 'uninstall', 'clean-plugin'], { env: box.env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no plugin with id "clean-plugin"');
  });

  it('a plugin quarantined by gateway check shows as quarantined, and uninstall removes the quarantined copy too', async () => {
    const box = sandbox();
    expect((await install(box, 'clean-plugin@1.0.0')).code).toBe(0);
    fs.appendFileSync(path.join(box.stateDir, 'extensions/clean-plugin/dist/index.js'), '\n// tampered\n');
    const check = await runCli(['gateway', 'check', '--quarantine'], { env: box.env });
    expect(check.code, check.stderr).toBe(1);
    const quarantined = fs.readdirSync(path.join(box.stateDir, 'extensions')).filter((n) => n.includes('.disabled'));
    expect(quarantined).toHaveLength(1);
    const list = await runCli(['plugins', 'list', '--json'], { env: box.env });
    expect(list.json().plugins[0]).toMatchObject({ id: 'clean-plugin', present: false, quarantined: true });

    const un = await runCli(['plugins', 'uninstall', 'clean-plugin'], { env: box.env });
    expect(un.code, un.stderr).toBe(0);
    expect(fs.readdirSync(path.join(box.stateDir, 'extensions'))).toEqual([]);
    expect(readJson(path.join(box.stateDir, 'clawguard/ledger.json')).plugins).toEqual({});
  });

  it('installs from a local directory and a local .tgz, recorded as local sources', async () => {
    const box = sandbox();
    const fromDir = await install(box, path.join(import.meta.dirname, '../../fixtures/packages/versioned-plugin/1.0.0'), '--json');
    expect(fromDir.code, fromDir.stderr).toBe(0);
    expect(fromDir.json().target).toMatchObject({ kind: 'directory', pluginId: 'versioned-plugin' });
    const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
    expect(ledger.plugins['versioned-plugin'].source.kind).toBe('directory');
    expect(ledger.plugins['versioned-plugin'].integrity).toBeUndefined();

    const { packDir } = await import('../../scripts/lib/registry.mjs');
    const tgz = path.join(box.root, 'clean-plugin-1.0.0.tgz');
    fs.writeFileSync(tgz, await packDir(path.join(import.meta.dirname, '../../fixtures/packages/clean-plugin')));
    const fromTgz = await install(box, tgz, '--json');
    expect(fromTgz.code, fromTgz.stderr).toBe(0);
    expect(fromTgz.json().target).toMatchObject({ kind: 'tarball', name: 'clean-plugin', pluginId: 'clean-plugin' });
  });
});
