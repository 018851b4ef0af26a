import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath, makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';
import { codesOf, installedPlugin, recordPlugin, statePaths, writeConfig, writeInstallRecordsDb, writePlugin } from './helpers/state.js';
import { gatewayCheckJson, runGatewayCheck } from '../../src/gateway/index.js';

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

let sb: Sandbox;
beforeEach(() => {
  sb = makeSandbox();
});
afterEach(() => sb.cleanup());

const check = (...args: string[]) => runCli(['gateway', 'check', '--json', ...args], { env: sb.env });
/** The same check in-process (the library the CLI wraps): most cases need no child process. */
const checkLib = async (opts: { deep?: boolean; openclawDir?: string } = {}) => {
  const result = await runGatewayCheck({ paths: statePaths(sb.stateDir), env: {}, ...opts });
  return { code: result.summary.refused === 0 ? 0 : 1, json: () => gatewayCheckJson(result), result };
};

describe('gateway check: allowlist', () => {
  it('passes an allowed, recorded, untouched plugin (exit 0)', async () => {
    await installedPlugin(sb.stateDir, { id: 'good' });
    writeConfig(sb.stateDir, { plugins: { allow: ['good'] } });
    const r = await check();
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      schemaVersion: 1,
      plugins: [{ id: 'good', origin: 'global', dir: path.join(sb.stateDir, 'extensions/good'), status: 'ok', reasons: [] }],
      summary: { ok: 1, refused: 0, inactive: 0 },
    });
  });

  it('an empty allowlist refuses every non-bundled plugin, recorded or not; bundled ones are judged on permissions only', async () => {
    await installedPlugin(sb.stateDir, { id: 'recorded' });
    writePlugin(path.join(sb.stateDir, 'extensions/dropped'), { id: 'dropped' });
    const openclaw = path.join(sb.root, 'openclaw-pkg');
    writePlugin(path.join(openclaw, 'dist/extensions/stock'), { id: 'stock', enabledByDefault: true });
    writePlugin(path.join(openclaw, 'dist/extensions/stock-off'), { id: 'stock-off' });
    const r = await checkLib({ openclawDir: openclaw });
    expect(r.code).toBe(1);
    const json = r.json();
    expect(codesOf(json, 'recorded')).toEqual({ status: 'refused', codes: ['allowlist-empty'] });
    expect(codesOf(json, 'dropped')).toEqual({ status: 'refused', codes: ['allowlist-empty', 'no-ledger-entry'] });
    expect(codesOf(json, 'stock')).toEqual({ status: 'ok', codes: [] });
    expect(codesOf(json, 'stock-off')).toEqual({ status: 'inactive', codes: ['bundled-disabled-by-default'] });
  });

  it('an unlisted plugin that would load (selected memory slot bypasses the allowlist) is refused; one that would not is inactive', async () => {
    await installedPlugin(sb.stateDir, { id: 'good' });
    await installedPlugin(sb.stateDir, { id: 'sneaky', kind: 'memory' });
    await installedPlugin(sb.stateDir, { id: 'idle' });
    writeConfig(sb.stateDir, { plugins: { allow: ['good'], slots: { memory: 'sneaky' } } });
    const json = (await checkLib()).json();
    expect(codesOf(json, 'sneaky')).toEqual({ status: 'refused', codes: ['not-in-allowlist'] });
    expect(codesOf(json, 'idle')).toEqual({ status: 'inactive', codes: ['not-in-allowlist'] });
    expect(codesOf(json, 'good').status).toBe('ok');
  });

  it('deny, entries.enabled=false and plugins.enabled=false make a present plugin inactive (exit 0)', async () => {
    await installedPlugin(sb.stateDir, { id: 'a' });
    writePlugin(path.join(sb.stateDir, 'extensions/b'), { id: 'b' });
    writePlugin(path.join(sb.stateDir, 'extensions/c'), { id: 'c' });
    writeConfig(sb.stateDir, { plugins: { allow: ['a', 'b', 'c'], deny: ['b'], entries: { c: { enabled: false } } } });
    const r = await checkLib();
    expect(r.code).toBe(0);
    expect(codesOf(r.json(), 'b')).toEqual({ status: 'inactive', codes: ['denied'] });
    expect(codesOf(r.json(), 'c')).toEqual({ status: 'inactive', codes: ['disabled-in-config'] });
    writeConfig(sb.stateDir, { plugins: { enabled: false, allow: ['a'] } });
    expect((await checkLib()).json().summary).toEqual({ ok: 0, refused: 0, inactive: 3 });
  });

  it('names the adopt command for a plugin clawguard has no record of', async () => {
    writePlugin(path.join(sb.stateDir, 'extensions/mystery'), { id: 'mystery' });
    writeConfig(sb.stateDir, { plugins: { allow: ['mystery'] } });
    const r = await runCli(['gateway', 'check'], { env: sb.env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no-ledger-entry');
    expect(r.stdout).toContain('clawguard plugins adopt mystery');
  });
});

describe('gateway check: integrity', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await installedPlugin(sb.stateDir, { id: 'p', files: { 'lib/util.js': 'export const x = 1;\n', 'README.md': 'hello\n' } });
    writeConfig(sb.stateDir, { plugins: { allow: ['p'] } });
    expect((await checkLib()).code).toBe(0);
  });

  it('a changed byte (same size, mtime put back) is refused as integrity-mismatch', async () => {
    const file = path.join(dir, 'lib/util.js');
    const st = fs.statSync(file);
    fs.writeFileSync(file, 'export const x = 2;\n');
    fs.utimesSync(file, st.atime, st.mtime);
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['integrity-mismatch'] });
  });

  it('an added file is refused as unexpected-file', async () => {
    fs.writeFileSync(path.join(dir, 'lib/payload.js'), 'fetch("http://192.0.2.1/x")\n');
    const r = await checkLib();
    expect(r.code).toBe(1);
    expect(codesOf(r.json(), 'p')).toEqual({ status: 'refused', codes: ['unexpected-file'] });
  });

  it('a removed file is refused as missing-file', async () => {
    fs.rmSync(path.join(dir, 'README.md'));
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['missing-file'] });
  });

  it('chmod o+w on a file is refused as unsafe-permissions (and a mode change)', async () => {
    fs.chmodSync(path.join(dir, 'lib/util.js'), 0o646);
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['mode-mismatch', 'unsafe-permissions'] });
  });

  it('chmod o+w on the plugin root: OpenClaw blocks it and the check refuses it as unsafe-permissions', async () => {
    fs.chmodSync(dir, 0o757);
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['unsafe-permissions'] });
  });

  it('a symlink pointing out of the plugin is refused as symlink-escape', async () => {
    fs.symlinkSync('/etc/hostname', path.join(dir, 'lib/host'));
    const { codes } = codesOf((await checkLib()).json(), 'p');
    expect(codes).toContain('symlink-escape');
    expect(codes).toContain('unexpected-file');
  });

  // chown needs root (CI runs as root): these cases are skipped, visibly, elsewhere.
  it.runIf(isRoot)('a file owned by another user is refused as unsafe-permissions (as root)', async () => {
    fs.chownSync(path.join(dir, 'README.md'), 4242, 4242);
    const r = await checkLib();
    expect(r.code).toBe(1);
    expect(r.result.plugins.find((p) => p.id === 'p')?.reasons.filter((x) => x.code === 'unsafe-permissions').map((x) => x.detail)).toEqual([expect.stringMatching(/README\.md is owned by uid 4242, not by uid 0 or root/)]);
  });

  it.runIf(isRoot)('the same as an unprivileged user (the CLI in a child process as nobody): own and root-owned files pass, a foreign one is refused', () => {
    chownTree(sb.root, NOBODY);
    fs.lchownSync(path.join(dir, 'lib/util.js'), 0, 0);
    const asNobody = () => {
      const r = spawnSync(process.execPath, [cliPath, 'gateway', 'check', '--json'], { uid: NOBODY, gid: NOBODY, env: sb.env, cwd: sb.root, encoding: 'utf8', timeout: 60_000 });
      return { code: r.status, json: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
    };
    const ok = asNobody();
    expect(ok.code, ok.stderr).toBe(0);
    expect(codesOf(ok.json, 'p')).toEqual({ status: 'ok', codes: [] });
    fs.lchownSync(path.join(dir, 'README.md'), 4242, 4242);
    const refused = asNobody();
    expect(refused.code, refused.stderr).toBe(1);
    expect(codesOf(refused.json, 'p')).toEqual({ status: 'refused', codes: ['unsafe-permissions'] });
    expect(JSON.stringify(refused.json)).toMatch(/README\.md is owned by uid 4242, not by uid 65534 or root/);
  });

  it('default mode re-hashes only what changed; --deep re-hashes everything', async () => {
    expect((await checkLib()).result.stats.hashed).toBe(0);
    fs.utimesSync(path.join(dir, 'README.md'), new Date(), new Date());
    expect((await checkLib()).result.stats.hashed).toBe(1);
    expect((await checkLib()).code).toBe(0);
    expect((await checkLib({ deep: true })).result.stats.hashed).toBe(5);
  });

  it('an unreadable ledger is a refusal, not a pass', async () => {
    fs.writeFileSync(path.join(sb.stateDir, 'clawguard/ledger.json'), '{ not json');
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['ledger-unreadable'] });
  });

  it('a manifest edited behind the ledger is inconsistent; a deleted one is missing: both refused', async () => {
    const manifest = path.join(sb.stateDir, 'clawguard/manifests/p.json');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('"size":', '"size" :'));
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['manifest-inconsistent'] });
    fs.rmSync(manifest);
    expect(codesOf((await checkLib()).json(), 'p')).toEqual({ status: 'refused', codes: ['manifest-missing'] });
  });
});

describe('gateway check: discovery as OpenClaw does it', () => {
  it('a same-id copy in the workspace shadows the recorded global plugin and is refused', async () => {
    await installedPlugin(sb.stateDir, { id: 'p' });
    writePlugin(path.join(sb.stateDir, 'workspace/.openclaw/extensions/p'), { id: 'p' });
    writeConfig(sb.stateDir, { plugins: { allow: ['p'] } });
    const json = (await checkLib()).json();
    expect(codesOf(json, 'p', 'workspace')).toEqual({ status: 'refused', codes: ['no-ledger-entry'] });
    expect(codesOf(json, 'p', path.join(sb.stateDir, 'extensions/p'))).toEqual({ status: 'inactive', codes: ['overridden'] });
  });

  it('.disabled, .bak and .backup- directories are skipped; a dot-named staging dir holding a plugin is not', async () => {
    await installedPlugin(sb.stateDir, { id: 'p' });
    writePlugin(path.join(sb.stateDir, 'extensions/x.disabled'), { id: 'x1' });
    writePlugin(path.join(sb.stateDir, 'extensions/x.BAK'), { id: 'x2' });
    writePlugin(path.join(sb.stateDir, 'extensions/x.backup-1'), { id: 'x3' });
    writePlugin(path.join(sb.stateDir, 'extensions/.clawguard-staging-1'), { id: 'half' });
    writeConfig(sb.stateDir, { plugins: { allow: ['p', 'half'] } });
    const json = (await checkLib()).json();
    expect(json.plugins.map((p: { id: string }) => p.id).sort()).toEqual(['half', 'p']);
    expect(codesOf(json, 'half')).toEqual({ status: 'refused', codes: ['no-ledger-entry'] });
  });

  it('plugins.load.paths plugins are discovered (origin config) and checked', async () => {
    const dir = writePlugin(path.join(sb.root, 'dev/plug'), { id: 'dev' });
    await recordPlugin(sb.stateDir, 'dev', dir);
    writeConfig(sb.stateDir, { plugins: { allow: ['dev'], load: { paths: [dir] } } });
    expect((await checkLib()).json().plugins).toEqual([{ id: 'dev', origin: 'config', dir, status: 'ok', reasons: [] }]);
    fs.appendFileSync(path.join(dir, 'dist/index.js'), '// edited\n');
    expect(codesOf((await checkLib()).json(), 'dev')).toEqual({ status: 'refused', codes: ['integrity-mismatch'] });
  });
});

describe('gateway check: unreadable inputs fail closed', () => {
  it('an OpenClaw state database that cannot be read is an operational failure (exit 3), never a pass', async () => {
    await installedPlugin(sb.stateDir, { id: 'p' });
    writeConfig(sb.stateDir, { plugins: { allow: ['p'] } });
    fs.mkdirSync(path.join(sb.stateDir, 'state'), { recursive: true });
    fs.writeFileSync(path.join(sb.stateDir, 'state/openclaw.sqlite'), 'this is not a database');
    await expect(runGatewayCheck({ paths: statePaths(sb.stateDir), env: {} })).rejects.toMatchObject({ code: 'EINSTALLRECORDS', exitClass: 'operational' });
  });

  it('an unparseable openclaw.json is bad input (exit 2)', async () => {
    fs.writeFileSync(path.join(sb.stateDir, 'openclaw.json'), '{ plugins: ');
    const r = await runCli(['gateway', 'check'], { env: sb.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('openclaw.json');
  });
});

describe('plugins adopt (OpenClaw-installed npm project found through its SQLite install records)', () => {
  it('refuses until adopted, then verifies the whole project including hoisted dependencies', async () => {
    const project = path.join(sb.stateDir, 'npm/projects/npmplug-0123456789');
    const pluginDir = writePlugin(path.join(project, 'node_modules/npmplug'), { id: 'npmplug' });
    fs.mkdirSync(path.join(project, 'node_modules/left-pad'), { recursive: true });
    fs.writeFileSync(path.join(project, 'node_modules/left-pad/index.js'), 'module.exports = (s) => s;\n');
    fs.writeFileSync(path.join(project, 'package.json'), '{"private":true,"dependencies":{"npmplug":"1.0.0"}}\n');
    await writeInstallRecordsDb(sb.stateDir, { npmplug: { source: 'npm', spec: 'npmplug@1.0.0', installPath: pluginDir, version: '1.0.0' } });
    writeConfig(sb.stateDir, { plugins: { allow: ['npmplug'] } });

    const before = await check();
    expect(codesOf(before.json(), 'npmplug')).toEqual({ status: 'refused', codes: ['no-ledger-entry'] });
    expect(before.json().plugins[0].dir).toBe(pluginDir);

    const adopt = await runCli(['plugins', 'adopt', 'npmplug', '--json'], { env: sb.env });
    expect(adopt.code).toBe(0);
    expect(adopt.json()).toMatchObject({ adopted: true, id: 'npmplug', dir: pluginDir, manifestRoot: project });
    expect((await check()).code).toBe(0);

    const again = await runCli(['plugins', 'adopt', 'npmplug'], { env: sb.env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');

    fs.appendFileSync(path.join(project, 'node_modules/left-pad/index.js'), 'require("child_process");\n');
    expect(codesOf((await check()).json(), 'npmplug')).toEqual({ status: 'refused', codes: ['integrity-mismatch'] });
  });

  it('an unknown id is bad input (exit 2) and changes nothing', async () => {
    const r = await runCli(['plugins', 'adopt', 'nope'], { env: sb.env });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('no plugin with id "nope"');
    expect(fs.existsSync(path.join(sb.stateDir, 'clawguard/ledger.json'))).toBe(false);
    // The same error code as every other command given an id clawguard does not know.
    const j = await runCli(['plugins', 'adopt', 'nope', '--json'], { env: sb.env });
    expect(j.code).toBe(2);
    expect(j.json().error.code).toBe('EUNKNOWN_PLUGIN');
  });
});

describe('quarantine and restore', () => {
  it('round trip: tampered plugin renamed aside, restore refused while tampered, restored after the fix', async () => {
    const dir = await installedPlugin(sb.stateDir, { id: 'p' });
    writeConfig(sb.stateDir, { plugins: { allow: ['p'] } });
    const index = path.join(dir, 'dist/index.js');
    const original = fs.readFileSync(index);
    fs.appendFileSync(index, 'process.env;\n');

    const q = await check('--quarantine');
    expect(q.code).toBe(1);
    expect(codesOf(q.json(), 'p').codes).toEqual(['integrity-mismatch', 'quarantined']);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.existsSync(`${dir}.disabled`)).toBe(true);
    const ledger = JSON.parse(fs.readFileSync(path.join(sb.stateDir, 'clawguard/ledger.json'), 'utf8'));
    expect(ledger.plugins.p.quarantine).toMatchObject({ from: dir, to: `${dir}.disabled` });

    // OpenClaw no longer sees it, so the gateway may start; a second quarantine run is a no-op.
    const after = await check('--quarantine');
    expect(after.code).toBe(0);
    expect(after.json().plugins).toEqual([]);

    const refused = await runCli(['plugins', 'restore', 'p'], { env: sb.env });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('integrity-mismatch');
    expect(fs.existsSync(`${dir}.disabled`)).toBe(true);
    expect(fs.existsSync(dir)).toBe(false);

    fs.writeFileSync(path.join(`${dir}.disabled`, 'dist/index.js'), original);
    const restored = await runCli(['plugins', 'restore', 'p'], { env: sb.env });
    expect(restored.code).toBe(0);
    expect(fs.existsSync(dir)).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(sb.stateDir, 'clawguard/ledger.json'), 'utf8')).plugins.p.quarantine).toBeUndefined();
    expect((await check()).code).toBe(0);
  });

  it('an unrecorded plugin is quarantined too (recorded on the side) and restore of an unknown id is exit 2', async () => {
    const dir = writePlugin(path.join(sb.stateDir, 'extensions/rogue'), { id: 'rogue' });
    await check('--quarantine');
    expect(fs.existsSync(`${dir}.disabled`)).toBe(true);
    const side = JSON.parse(fs.readFileSync(path.join(sb.stateDir, 'clawguard/gateway-quarantine.json'), 'utf8'));
    expect(side.plugins.rogue).toMatchObject({ from: dir, to: `${dir}.disabled` });
    expect((await runCli(['plugins', 'restore', 'nothing-here'], { env: sb.env })).code).toBe(2);
  });
});
