import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSandboxes, runCli, type Sandbox } from '../helpers/cli.js';
import { killAndWait, readJson, snapshotState, stagingDirs, startPaused } from './state.js';

const sandbox = useSandboxes();

const installArgs = (spec: string, ...flags: string[]) => ['plugins', 'install', spec, '--min-release-age', '0', '--yes', ...flags];

async function baseline(box: Sandbox): Promise<Record<string, string>> {
  fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{\n  // ops comment\n  "plugins": { "allow": ["versioned-plugin"] },\n}\n');
  const res = await runCli(installArgs('versioned-plugin@1.0.0'), { env: box.env });
  expect(res.code, res.stderr).toBe(0);
  return snapshotState(box.stateDir);
}

describe('interrupted installs', () => {
  it('SIGKILL while staging: the old state is intact and the next command removes the staging dir', async () => {
    const box = sandbox();
    const before = await baseline(box);
    const child = await startPaused(installArgs('clean-plugin@1.0.0'), box.env, 'after-unpack');
    expect(stagingDirs(box.stateDir)).toHaveLength(1);
    await killAndWait(child);
    expect(snapshotState(box.stateDir, { ignoreStaging: true })).toEqual(before);

    const list = await runCli(['plugins', 'list', '--json'], { env: box.env });
    expect(list.json().plugins.map((p: any) => p.id)).toEqual(['versioned-plugin']);
    // The lock left by the killed process names a dead pid: the next mutating command takes it over.
    const next = await runCli(installArgs('clean-plugin@1.0.0'), { env: box.env });
    expect(next.code, next.stderr).toBe(0);
    expect(stagingDirs(box.stateDir)).toEqual([]);
  });

  it('SIGKILL in the middle of a --force commit: the next command rolls back to the previous version, ledger and config byte for byte', async () => {
    const box = sandbox();
    const before = await baseline(box);
    const child = await startPaused(installArgs('versioned-plugin@1.1.0', '--force'), box.env, 'after-swap');
    // The new version is already in place: exactly the window the journal exists for.
    expect(fs.readFileSync(path.join(box.stateDir, 'extensions/versioned-plugin/package.json'), 'utf8')).toContain('"1.1.0"');
    await killAndWait(child);

    const un = await runCli(['plugins', 'uninstall', 'no-such-id'], { env: box.env });
    expect(un.code).toBe(2);
    expect(un.stderr).toContain('recovered an interrupted change to versioned-plugin');
    expect(snapshotState(box.stateDir)).toEqual(before);
  });
});

describe('one mutating command per state dir', () => {
  it('a second install waits, then exits 3 naming the holder; the first completes and the state is consistent', async () => {
    const box = sandbox();
    await baseline(box);
    const first = await startPaused(installArgs('clean-plugin@1.0.0'), box.env, 'after-unpack');
    const second = await runCli(installArgs('dep-plugin@1.0.0'), { env: { ...box.env, CLAWGUARD_LOCK_WAIT_MS: '300' } });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(new RegExp(`another clawguard command \\(pid ${first.pid}, 'plugins install clean-plugin@1.0.0'`));

    const done = new Promise<number | null>((resolve) => first.once('exit', (code) => resolve(code)));
    first.kill('SIGCONT');
    expect(await done).toBe(0);
    const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
    expect(Object.keys(ledger.plugins).sort()).toEqual(['clean-plugin', 'versioned-plugin']);
    expect(readJson(path.join(box.stateDir, 'openclaw.json')).plugins.allow).toEqual(['versioned-plugin', 'clean-plugin']);
    expect(fs.readdirSync(path.join(box.stateDir, 'extensions')).sort()).toEqual(['clean-plugin', 'versioned-plugin']);
    expect(fs.existsSync(path.join(box.stateDir, 'clawguard/lock'))).toBe(false);
  });
});

describe('--force', () => {
  it('replaces an installed version and records the new one', async () => {
    const box = sandbox();
    await baseline(box);
    const res = await runCli(installArgs('versioned-plugin@1.1.0', '--force', '--json'), { env: box.env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.json().install.replaced).toEqual({ version: '1.0.0' });
    expect(fs.readFileSync(path.join(box.stateDir, 'extensions/versioned-plugin/dist/index.js'), 'utf8')).toContain("'1.1.0'");
    const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
    expect(ledger.plugins['versioned-plugin'].version).toBe('1.1.0');
    expect(stagingDirs(box.stateDir)).toEqual([]);
  });

  it('a failure after the new version was moved in restores the previous one, the ledger and the config', async () => {
    const box = sandbox();
    await baseline(box);
    // The operator disabled it meanwhile, so the install has a config change to write.
    fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{"plugins": {"allow": ["versioned-plugin"], "entries": {"versioned-plugin": {"enabled": false}}}}\n');
    // openclaw.json.bak as a directory makes the final config write fail, after the swap and the ledger write.
    const bak = path.join(box.stateDir, 'openclaw.json.bak');
    fs.rmSync(bak, { force: true });
    fs.mkdirSync(bak);
    const withBlocker = snapshotState(box.stateDir);
    const res = await runCli(installArgs('versioned-plugin@1.1.0', '--force'), { env: box.env });
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toContain('cannot write OpenClaw config');
    expect(snapshotState(box.stateDir)).toEqual(withBlocker);
    expect(readJson(path.join(box.stateDir, 'clawguard/ledger.json')).plugins['versioned-plugin'].version).toBe('1.0.0');
  });
});
