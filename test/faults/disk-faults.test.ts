/**
 * Disk faults, on real filesystems: the state dir on a small tmpfs that fills up in the middle of the unpack,
 * of npm's install of the dependencies and of the commit (the command is paused at a fault point, the disk
 * filled, the command resumed); a read-only state dir; files the user cannot read; the state dir on another
 * filesystem than TMPDIR. Each failure: a message naming the problem and the fix, exit 3, state unchanged.
 *
 * Mounting needs root (CI runs the suite as root); elsewhere these cases are skipped and say why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cliPath, makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';
import { snapshotState, stagingDirs, startPaused } from '../install/state.js';
import { copyTree } from './harness.js';

function tryMount(): string | undefined {
  if (process.getuid?.() !== 0) return 'not root: mounting a tmpfs needs root (CI runs the suite as root)';
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return undefined;
  } catch (err) {
    return `cannot mount a tmpfs here (${(err as Error).message.split('\n')[0]})`;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
const skipReason = tryMount();
if (skipReason) process.stderr.write(`test/faults/disk-faults: SKIPPED: ${skipReason}\n`);

const install = (spec: string) => ['plugins', 'install', spec, '--min-release-age', '0', '--yes'];

let box: Sandbox;
let mnt: string;
let stateDir: string;
let env: NodeJS.ProcessEnv;
let template: string;

/** Fill the filesystem holding `dir` to the last byte. */
function fill(dir: string): string {
  const file = path.join(dir, 'filler');
  const fd = fs.openSync(file, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 4096, 512, 1])
      for (;;) {
        try {
          fs.writeSync(fd, Buffer.alloc(size, 1));
        } catch {
          break;
        }
      }
  } finally {
    fs.closeSync(fd);
  }
  return file;
}

describe.skipIf(skipReason !== undefined)(`disk faults${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    box = makeSandbox(inject('registryUrl'));
    mnt = path.join(box.root, 'mnt');
    fs.mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m,mode=0700', 'tmpfs', mnt]);
    stateDir = path.join(mnt, '.openclaw');
    fs.mkdirSync(stateDir, { mode: 0o700 });
    // TMPDIR stays on the regular disk: the state dir is on another filesystem for every case here.
    env = { ...box.env, OPENCLAW_STATE_DIR: stateDir };
    fs.writeFileSync(path.join(stateDir, 'openclaw.json'), '{\n  // ops comment\n  "plugins": { "allow": ["versioned-plugin"] },\n}\n');
    const res = await runCli(install('versioned-plugin@1.0.0'), { env });
    expect(res.code, res.stderr).toBe(0);
    template = path.join(box.root, 'template');
    copyTree(stateDir, template);
  }, 300_000);

  afterAll(() => {
    try {
      execFileSync('umount', ['-l', mnt]);
    } catch {
      /* not mounted */
    }
    box?.cleanup();
  });

  function reset(): Record<string, string> {
    fs.rmSync(path.join(mnt, 'filler'), { force: true });
    copyTree(template, stateDir);
    return snapshotState(stateDir);
  }

  async function expectUnchangedAfterNext(before: Record<string, string>) {
    const next = await runCli(['plugins', 'uninstall', 'no-such-plugin-id'], { env });
    expect(next.code, next.stderr).toBe(2);
    expect(stagingDirs(stateDir)).toEqual([]);
    expect(snapshotState(stateDir)).toEqual(before);
  }

  it.each([
    ['the unpack', 'staging:created'],
    ["npm's install of the dependencies", 'after-unpack'],
    ['the commit', 'commit:journal-written'],
  ])('ENOSPC in the middle of %s: exit 3 naming the full disk and the fix, state unchanged', async (_label, point) => {
    const before = reset();
    const child = await startPaused(install('dep-plugin@1.0.0'), env, point);
    const filler = fill(mnt);
    const done = new Promise<{ code: number | null; stderr: string }>((resolve) => {
      let stderr = '';
      child.stderr!.on('data', (d: string) => (stderr += d));
      child.once('exit', (code) => resolve({ code, stderr }));
    });
    child.kill('SIGCONT');
    const res = await done;
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toMatch(/no space left on the device \(ENOSPC/);
    expect(res.stderr).toContain(`df -h ${stateDir}`);
    fs.rmSync(filler);
    await expectUnchangedAfterNext(before);
  }, 240_000);

  it('a read-only state dir: exit 3 naming the read-only filesystem and the fix, nothing written', async () => {
    const before = reset();
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    try {
      const res = await runCli(install('clean-plugin@1.0.0'), { env });
      expect(res.code, res.stderr).toBe(3);
      expect(res.stderr).toMatch(/read-only/);
      expect(res.stderr).toMatch(/remount|read-write/);
      expect(snapshotState(stateDir)).toEqual(before);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mnt]);
    }
    await expectUnchangedAfterNext(before);
  }, 240_000);

  it('the state dir on another filesystem than TMPDIR: install and uninstall work (no rename crosses devices)', async () => {
    const before = reset();
    expect(fs.statSync(stateDir).dev).not.toBe(fs.statSync(os.tmpdir()).dev);
    const res = await runCli(install('clean-plugin@1.0.0'), { env });
    expect(res.code, res.stderr).toBe(0);
    const un = await runCli(['plugins', 'uninstall', 'clean-plugin'], { env });
    expect(un.code, un.stderr).toBe(0);
    const after = snapshotState(stateDir);
    // Back to the baseline, except the config backup the two edits left.
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['clawguard/ledger.json']).toBe(before['clawguard/ledger.json']);
  }, 240_000);

  it('a ledger this user cannot read (run as nobody): exit 3 naming the file and the permissions fix', async () => {
    const before = reset();
    const ledger = path.join(stateDir, 'clawguard/ledger.json');
    execFileSync('chown', ['-R', '65534:65534', box.root]);
    fs.chmodSync(ledger, 0o000);
    try {
      const res = spawnSync(process.execPath, [cliPath, 'plugins', 'list'], { env: { ...env, HOME: box.home }, uid: 65534, gid: 65534, encoding: 'utf8', timeout: 120_000 });
      expect(res.status, res.stderr).toBe(3);
      expect(res.stderr).toContain(ledger);
      expect(res.stderr).toMatch(/permission|EACCES/i);
    } finally {
      fs.chmodSync(ledger, 0o600);
      execFileSync('chown', ['-R', '0:0', box.root]);
    }
    expect(snapshotState(stateDir)).toEqual(before);
  }, 240_000);

  it('a record that is a FIFO (reading would block forever) is refused at once, not read', async () => {
    const before = reset();
    const approvals = path.join(stateDir, 'clawguard/approvals.json');
    fs.rmSync(approvals, { force: true });
    execFileSync('mkfifo', [approvals]);
    const res = await runCli(install('clean-plugin@1.0.0'), { env, timeoutMs: 60_000 });
    expect(res.signal).toBeNull();
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toContain(`${approvals} is not a regular file`);
    fs.rmSync(approvals);
    expect(snapshotState(stateDir)).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => k !== 'clawguard/approvals.json')));
  }, 240_000);
});
