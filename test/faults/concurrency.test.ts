/**
 * One state dir, everything at once: two installs, a gateway check, the skill watcher and three policy calls.
 * The lock serialises the writers (both installs land, nothing lost), readers never see a torn plugin (a
 * reader sees a plugin installed or not yet installed, never a half-built directory or a manifest that does
 * not match it), nothing deadlocks (everything ends within a bound), and a SIGKILLed lock holder leaves no
 * lock that stops the next command.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cliPath, makeSandbox, repoRoot, runCli, type Sandbox } from '../helpers/cli.js';
import { killAndWait, readJson, stagingDirs, startPaused } from '../install/state.js';
import { pluginPackage } from '../policy/requests.js';
import { copyTree, runUntil } from './harness.js';

const ROUNDS = 2;
const install = (spec: string) => ['plugins', 'install', spec, '--min-release-age', '0', '--yes'];
let box: Sandbox;
let template: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  box = makeSandbox(inject('registryUrl'));
  // Writers wait for each other instead of giving up after the default 5 s.
  env = { ...box.env, CLAWGUARD_LOCK_WAIT_MS: '480000' };
  fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{\n  "plugins": { "allow": ["versioned-plugin"] },\n}\n');
  const res = await runCli(install('versioned-plugin@1.0.0'), { env });
  expect(res.code, res.stderr).toBe(0);
  template = path.join(box.root, 'template');
  copyTree(box.stateDir, template);
}, 300_000);
afterAll(() => box?.cleanup());

function policyCall(): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, 'policy', '--time-budget', '200000'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.resume();
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(JSON.stringify(pluginPackage(path.join(repoRoot, 'test/policy/fixtures/plugin-clean'), 'plugin-clean')));
  });
}

/** What a reader may say about a plugin being installed concurrently: installed, or not (yet) installed. */
const NOT_YET = new Set(['not-in-allowlist', 'no-ledger-entry', 'allowlist-empty']);

describe('concurrent commands on one state dir', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: two installs, a gateway check, the watcher and three policy calls at once`, async () => {
      copyTree(template, box.stateDir);
      const skills = path.join(box.stateDir, 'skills');
      fs.mkdirSync(skills, { recursive: true });
      fs.cpSync(path.join(repoRoot, 'fixtures/skills/malicious-reverse-shell-helper'), path.join(skills, 'helper'), { recursive: true });
      const started = Date.now();

      const watcher = spawn(process.execPath, [cliPath, 'skills', 'watch', '--only-roots', '--root', skills], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let watchOut = '';
      watcher.stdout.setEncoding('utf8').on('data', (d: string) => (watchOut += d));
      watcher.stderr.resume();
      const watcherDone = new Promise<number | null>((resolve) => watcher.on('close', (code) => resolve(code)));

      const [a, b, check, ...policies] = await Promise.all([
        runCli(install('clean-plugin@1.0.0'), { env, timeoutMs: 500_000 }),
        runCli(install('dep-plugin@1.0.0'), { env, timeoutMs: 500_000 }),
        runCli(['gateway', 'check', '--json'], { env, timeoutMs: 500_000 }),
        policyCall(),
        policyCall(),
        policyCall(),
      ]);
      // Let the watcher finish its first scan (and the quarantine) before stopping it.
      for (let i = 0; i < 600 && !watchOut.includes('"skill-blocked"'); i++) await new Promise((r) => setTimeout(r, 100));
      watcher.kill('SIGTERM');
      expect(await watcherDone).toBe(0);
      // No deadlock: everything ended on its own (each run is killed at 500 s; a minute on an idle runner).
      expect(Date.now() - started).toBeLessThan(540_000);

      // Writers: both landed, serialised.
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
      expect(Object.keys(ledger.plugins).sort()).toEqual(['clean-plugin', 'dep-plugin', 'versioned-plugin']);
      expect(readJson(path.join(box.stateDir, 'openclaw.json')).plugins.allow.sort()).toEqual(['clean-plugin', 'dep-plugin', 'versioned-plugin']);
      expect(fs.existsSync(path.join(box.stateDir, 'clawguard/lock'))).toBe(false);
      expect(stagingDirs(box.stateDir)).toEqual([]);
      // And the result passes a fresh deep check.
      const deep = await runCli(['gateway', 'check', '--deep', '--json'], { env });
      expect(deep.code, deep.stdout).toBe(0);

      // The concurrent reader: the untouched plugin ok; the others installed or not yet, never torn.
      expect([0, 1]).toContain(check.code);
      const seen = check.json().plugins as Array<{ id: string; status: string; reasons: Array<{ code: string }> }>;
      expect(seen.find((p) => p.id === 'versioned-plugin')?.status).toBe('ok');
      for (const p of seen.filter((q) => q.id !== 'versioned-plugin'))
        if (p.status === 'refused') for (const r of p.reasons) expect(NOT_YET, `${p.id}: ${JSON.stringify(p.reasons)}`).toContain(r.code);

      // Policy calls: one valid answer each, no matter what the writers were doing.
      for (const p of policies) {
        expect(p.code).toBe(0);
        expect(JSON.parse(p.stdout), p.stdout).toMatchObject({ protocolVersion: 1, decision: expect.stringMatching(/^(allow|warn)$/) });
      }
      // The watcher quarantined the blocked skill out of the root.
      expect(fs.existsSync(path.join(skills, 'helper'))).toBe(false);
      expect(fs.readdirSync(path.join(box.stateDir, 'clawguard/quarantine')).filter((n) => !n.startsWith('.'))).toHaveLength(1);
    }, 900_000);
  }

  it('SIGKILL of the lock holder in the middle of its commit: the next writer takes the lock over, rolls back, and leaves no lock', async () => {
    copyTree(template, box.stateDir);
    const holder = await startPaused(install('clean-plugin@1.0.0'), env, 'install:ledger-written');
    expect(fs.existsSync(path.join(box.stateDir, 'clawguard/lock'))).toBe(true);
    const waiting = runCli(install('dep-plugin@1.0.0'), { env, timeoutMs: 500_000 });
    await new Promise((r) => setTimeout(r, 1000));
    await killAndWait(holder);
    const res = await waiting;
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('recovered an interrupted change to clean-plugin');
    const ledger = readJson(path.join(box.stateDir, 'clawguard/ledger.json'));
    expect(Object.keys(ledger.plugins).sort()).toEqual(['dep-plugin', 'versioned-plugin']);
    expect(fs.existsSync(path.join(box.stateDir, 'extensions/clean-plugin'))).toBe(false);
    expect(fs.existsSync(path.join(box.stateDir, 'clawguard/lock'))).toBe(false);
    expect(fs.readdirSync(path.join(box.stateDir, 'clawguard')).filter((n) => n.startsWith('.lock') || n.startsWith('lock'))).toEqual([]);
    expect(stagingDirs(box.stateDir)).toEqual([]);
    const list = await runUntil(['plugins', 'list', '--json'], env);
    expect(list.code).toBe(0);
  }, 300_000);
});
