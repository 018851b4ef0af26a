import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSandbox, repoRoot, runCli, type Sandbox } from '../helpers/cli.js';

// The quarantine step itself is the library's (the watcher calls it); restore is tested through the CLI.
const { quarantineSkill, snapshotSkill } = await import(path.join(repoRoot, 'dist/skills/index.js'));

const BENIGN = path.join(repoRoot, 'fixtures/watch/benign-weather');

let sb: Sandbox;
let root: string;
let quarantineDir: string;
beforeEach(() => {
  sb = makeSandbox();
  root = path.join(sb.root, 'skills');
  fs.mkdirSync(root);
  quarantineDir = path.join(sb.stateDir, 'clawguard', 'quarantine');
});
afterEach(() => sb.cleanup());

function quarantine(name: string, mode: number) {
  const dir = path.join(root, name);
  fs.cpSync(BENIGN, dir, { recursive: true });
  fs.chmodSync(path.join(dir, 'SKILL.md'), mode);
  return quarantineSkill(quarantineDir, { name, dir, root }, { contentHash: snapshotSkill(dir).contentHash, verdict: 'block', findings: [] });
}

const restore = (...args: string[]) => runCli(['skills', 'restore', ...args], { env: sb.env });

describe('skills restore', () => {
  it('refuses (exit 1) while a fresh scan still blocks, and leaves the skill in quarantine', async () => {
    const q = quarantine('ww', 0o666);
    const r = await restore('ww', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('still fails inspection');
    expect(r.json().error).toMatchObject({ code: 'ESKILLBLOCKED', detail: { restored: false, report: { verdict: 'block' } } });
    expect(fs.existsSync(path.join(q.skillDir, 'SKILL.md'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'ww'))).toBe(false);
  });

  it('moves the skill back once a fresh scan passes, and drops the quarantine entry', async () => {
    const q = quarantine('ww', 0o666);
    fs.chmodSync(path.join(q.skillDir, 'SKILL.md'), 0o644);
    const r = await restore('ww', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ restored: true, dir: path.join(root, 'ww'), report: { verdict: 'allow' } });
    expect(fs.readFileSync(path.join(root, 'ww', 'SKILL.md'), 'utf8')).toBe(fs.readFileSync(path.join(BENIGN, 'SKILL.md'), 'utf8'));
    expect(fs.existsSync(q.entryDir)).toBe(false);
  });

  it('an unknown name is bad input (exit 2) and lists what is quarantined', async () => {
    quarantine('ww', 0o666);
    const r = await restore('nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ww');
  });

  it('will not overwrite a skill that reappeared at the original place (exit 2)', async () => {
    const q = quarantine('ww', 0o644);
    fs.cpSync(BENIGN, path.join(root, 'ww'), { recursive: true });
    const r = await restore('ww');
    expect(r.code).toBe(2);
    expect(fs.existsSync(q.skillDir)).toBe(true);
  });
});
