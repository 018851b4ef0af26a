/**
 * Ctrl-C during a real install: the CLI stops at the next safe point, rolls back what it started, says what
 * was left unchanged and exits 130; the state dir is byte for byte what it was (no staging, no lock).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli, useSandboxes } from '../helpers/cli.js';
import { snapshotState, waitUntilStopped } from '../install/state.js';

const sandbox = useSandboxes();

describe('Ctrl-C during plugins install', () => {
  it('stops cleanly: exit 130, a message naming what is unchanged, the state dir identical', async () => {
    const box = sandbox();
    fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{\n  // ops comment\n  "plugins": { "allow": ["versioned-plugin"] },\n}\n');
    const first = await runCli(['plugins', 'install', 'versioned-plugin@1.0.0', '--min-release-age', '0', '--yes'], { env: box.env });
    expect(first.code, first.stderr).toBe(0);
    const before = snapshotState(box.stateDir);

    // The install stops itself right after unpacking into staging (CLAWGUARD_FAULT_PAUSE); SIGINT arrives
    // there, exactly like Ctrl-C in the middle of the pipeline, and is handled once it continues.
    const child = spawn(process.execPath, [cliPath, 'plugins', 'install', 'dep-plugin@1.0.0', '--min-release-age', '0', '--yes'], {
      env: { ...box.env, CLAWGUARD_FAULT_PAUSE: 'after-unpack' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve, reject) => {
      child.stderr!.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (stderr.includes('paused at after-unpack')) resolve();
      });
      void exited.then(() => reject(new Error(`exited before pausing:\n${stderr}`)));
    });
    // The message comes just before the child stops itself: wait until it really is stopped, or a SIGCONT sent
    // first is lost and the child then stops for good (the hang this test used to show, on Node 20 and at times on 24).
    await waitUntilStopped(child.pid!);
    // Staging is filled: something to undo.
    expect(fs.readdirSync(path.join(box.stateDir, 'extensions')).some((n) => n.startsWith('.clawguard-staging-'))).toBe(true);
    child.kill('SIGINT');
    child.kill('SIGCONT');
    const { code, signal } = await exited;
    expect(signal, stderr).toBeNull();
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('interrupted: nothing was installed or changed');
    expect(stderr).toContain(path.join(box.stateDir, 'openclaw.json'));
    expect(stdout).toBe('');
    expect(snapshotState(box.stateDir)).toEqual(before);
  }, 240_000);
});

/** Run the CLI on a pseudo-terminal (util-linux `script`), so stderr is a TTY as in a real shell. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const command = [process.execPath, cliPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('close', () => resolve(out));
  });
}

describe('progress output', () => {
  it('draws a bar with package counts and bytes on a terminal, and none under CI=true', async () => {
    const box = sandbox();
    const tty = await onTerminal(['plugins', 'inspect', 'dep-plugin@1.0.0'], box.env);
    expect(tty).toMatch(/fetch \+ inspect \[[█░]+\] 1\/1 packages, \d+(\.\d)? (B|KiB)/);
    const ci = await onTerminal(['plugins', 'inspect', 'dep-plugin@1.0.0'], { ...box.env, CI: 'true' });
    expect(ci).toContain('resolving dep-plugin@1.0.0');
    expect(ci).not.toMatch(/\] \d+\/\d+ packages, /);
  });

  it('prints no bar and no per-package lines when stderr is not a terminal', async () => {
    const box = sandbox();
    const res = await runCli(['plugins', 'inspect', 'dep-plugin@1.0.0'], { env: box.env });
    expect([0, 1], res.stderr).toContain(res.code);
    expect(res.stderr).toContain('resolving dep-plugin@1.0.0');
    expect(res.stderr).not.toMatch(/inspected dep-plugin-helper|\] \d+\/\d+ packages, |\u001b\[/);
  });
});
