import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSandbox, repoRoot, runCli, type Sandbox } from '../helpers/cli.js';
import { addSkillAtomically, saveAtomically, startLibraryWatch, startWatch, type RunningWatch } from './watch-helper.js';

const BENIGN = path.join(repoRoot, 'fixtures/watch/benign-weather');
const PASTE_TO_TERMINAL = path.join(repoRoot, 'fixtures/watch/paste-terminal-installer');
const benignText = () => fs.readFileSync(path.join(BENIGN, 'SKILL.md'), 'utf8');
const maliciousText = () => fs.readFileSync(path.join(PASTE_TO_TERMINAL, 'SKILL.md'), 'utf8');

let sb: Sandbox;
let root: string;
let quarantineDir: string;
let watcher: RunningWatch | undefined;

beforeEach(() => {
  sb = makeSandbox();
  root = path.join(sb.root, 'skills-root');
  fs.mkdirSync(root);
  quarantineDir = path.join(sb.stateDir, 'clawguard', 'quarantine');
});

afterEach(async () => {
  await watcher?.stop('SIGKILL');
  watcher = undefined;
  sb.cleanup();
});

/** The real CLI in a child process: what an operator runs. */
const watch = async (...extra: string[]) => (watcher = await startWatch(['--only-roots', '--root', root, ...extra], sb.env));
/** The same watcher in-process through the library API: for behaviour that does not depend on the CLI. */
const watchLib = async () => (watcher = await startLibraryWatch(root, quarantineDir));

describe('skills watch', () => {
  it('reports the skills present at start in the ready event', async () => {
    addSkillAtomically(BENIGN, root, 'weather');
    const w = await watch();
    const ready = w.lines[0];
    expect(ready).toMatchObject({ event: 'ready', skills: 1, allow: 1, block: 0, mode: 'native' });
    expect(ready.roots).toEqual([{ dir: root, source: 'cli', exists: true }]);
  });

  it('a benign skill added → skill-added, verdict allow', async () => {
    const w = await watch();
    const dir = addSkillAtomically(BENIGN, root, 'weather');
    const e = await w.waitFor((l) => l.event === 'skill-added');
    expect(e).toMatchObject({ skill: { name: 'weather', dir, root }, verdict: 'allow' });
    expect(typeof e.ts).toBe('string');
    expect(fs.existsSync(dir)).toBe(true);
  });

  it('a skill whose SKILL.md anyone can rewrite → skill-blocked, moved out of the root before the event', async () => {
    const w = await watch();
    const staging = path.join(sb.root, 'ww');
    fs.cpSync(BENIGN, staging, { recursive: true });
    fs.chmodSync(path.join(staging, 'SKILL.md'), 0o666);
    fs.renameSync(staging, path.join(root, 'ww'));
    const e = await w.waitFor((l) => l.event === 'skill-blocked');
    // Quarantine happens before the line is printed: by now the root no longer holds it.
    expect(fs.existsSync(path.join(root, 'ww'))).toBe(false);
    expect(e.findings?.map((f) => f.ruleId)).toContain('skill-world-writable');
    expect(e.quarantine?.dir.startsWith(quarantineDir)).toBe(true);
    expect(fs.readFileSync(path.join(e.quarantine!.dir, 'skill', 'SKILL.md'), 'utf8')).toBe(benignText());
    const record = JSON.parse(fs.readFileSync(path.join(e.quarantine!.dir, 'quarantine.json'), 'utf8'));
    expect(record).toMatchObject({ name: 'ww', originalDir: path.join(root, 'ww'), root, verdict: 'block' });
  });

  it('a paste-into-Terminal skill added → skill-blocked and gone from the root (needs the engine)', async () => {
    const w = await watch();
    const dir = addSkillAtomically(PASTE_TO_TERMINAL, root, 'wallet-tracker');
    const e = await w.waitFor((l) => l.event !== 'ready');
    expect(e).toMatchObject({ event: 'skill-blocked', verdict: 'block', skill: { name: 'wallet-tracker', dir } });
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readdirSync(quarantineDir)).toHaveLength(1);
    expect(fs.readFileSync(path.join(e.quarantine!.dir, 'skill', 'SKILL.md'), 'utf8')).toBe(maliciousText());
  });

  it('an allowed skill edited to malicious (atomic save) → skill-blocked (needs the engine)', async () => {
    const dir = addSkillAtomically(BENIGN, root, 'weather');
    const w = await watchLib();
    saveAtomically(path.join(dir, 'SKILL.md'), maliciousText());
    const e = await w.waitFor((l) => l.event !== 'ready');
    expect(e).toMatchObject({ event: 'skill-blocked', skill: { name: 'weather' } });
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('an allowed skill edited in place → skill-changed; a chmod o+w on it → skill-blocked', async () => {
    const dir = addSkillAtomically(BENIGN, root, 'weather');
    const w = await watchLib();
    saveAtomically(path.join(dir, 'SKILL.md'), `${benignText()}\nAlso mention the UV index.\n`);
    await w.waitFor((l) => l.event === 'skill-changed' && l.verdict === 'allow');
    const from = w.lines.length;
    fs.chmodSync(dir, 0o777);
    const e = await w.waitFor((l) => l.event !== 'ready', { from });
    expect(e.event).toBe('skill-blocked');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('a burst of 1,000 file writes in one skill → a few events, the last with the final verdict', async () => {
    const dir = addSkillAtomically(BENIGN, root, 'weather');
    const w = await watchLib();
    fs.mkdirSync(path.join(dir, 'data'));
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, 'data', `part-${i}.txt`), `row ${i}\n`);
    // The last write decides: SKILL.md made world-writable at the end of the burst.
    fs.chmodSync(path.join(dir, 'SKILL.md'), 0o666);
    const e = await w.waitFor((l) => l.event === 'skill-blocked', { timeoutMs: 15_000 });
    expect(e.skill?.name).toBe('weather');
    const perSkill = w.lines.filter((l) => l.skill?.name === 'weather');
    expect(perSkill.length).toBeLessThanOrEqual(4);
    expect(perSkill.at(-1)?.event).toBe('skill-blocked');
    expect(fs.readdirSync(path.join(e.quarantine!.dir, 'skill', 'data'))).toHaveLength(1000);
  });

  it('a burst of writes ending in a malicious SKILL.md → blocked (needs the engine)', async () => {
    const dir = addSkillAtomically(BENIGN, root, 'weather');
    const w = await watchLib();
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `note-${i % 50}.md`), `note ${i}\n`);
    fs.writeFileSync(path.join(dir, 'SKILL.md'), maliciousText());
    const e = await w.waitFor((l) => l.event === 'skill-blocked');
    expect(e.skill?.name).toBe('weather');
    expect(w.lines.filter((l) => l.skill?.name === 'weather').length).toBeLessThanOrEqual(4);
  });

  it('a root deleted and recreated keeps being watched', async () => {
    addSkillAtomically(BENIGN, root, 'first');
    const w = await watchLib();
    fs.rmSync(root, { recursive: true });
    await w.waitFor((l) => l.event === 'skill-removed' && l.skill?.name === 'first');
    fs.mkdirSync(root);
    const staging = path.join(sb.root, 'second');
    fs.cpSync(BENIGN, staging, { recursive: true });
    fs.renameSync(staging, path.join(root, 'second'));
    await w.waitFor((l) => l.event === 'skill-added' && l.skill?.name === 'second');
    // And changes inside the new root are seen too.
    fs.appendFileSync(path.join(root, 'second', 'SKILL.md'), '\nOne more line.\n');
    await w.waitFor((l) => l.event === 'skill-changed' && l.skill?.name === 'second');
  });

  it('a root removed and made again at once, over and over, keeps being watched', async () => {
    const w = await watchLib();
    for (let i = 0; i < 3; i++) {
      const from = w.lines.length;
      fs.rmSync(root, { recursive: true });
      fs.mkdirSync(root);
      fs.mkdirSync(path.join(root, `cycle-${i}`));
      fs.writeFileSync(path.join(root, `cycle-${i}`, 'SKILL.md'), benignText());
      await w.waitFor((l) => l.event === 'skill-added' && l.skill?.name === `cycle-${i}`, { from });
    }
  });

  it('a root that does not exist yet is picked up when it appears', async () => {
    root = path.join(sb.root, 'later', 'skills');
    const w = await watchLib();
    expect(w.lines[0].roots).toEqual([{ dir: root, source: 'cli', exists: false }]);
    fs.mkdirSync(path.dirname(root));
    fs.cpSync(BENIGN, path.join(sb.root, 'later', 'staged'), { recursive: true });
    fs.mkdirSync(root);
    fs.renameSync(path.join(sb.root, 'later', 'staged'), path.join(root, 'weather'));
    await w.waitFor((l) => l.event === 'skill-added' && l.skill?.name === 'weather');
  });

  it('a root reached through a symlink reports skills in the root\'s own spelling', async () => {
    const real = path.join(sb.root, 'real-skills');
    fs.mkdirSync(real);
    root = path.join(sb.root, 'linked-skills');
    fs.symlinkSync(real, root);
    const w = await watchLib();
    addSkillAtomically(BENIGN, real, 'weather');
    const e = await w.waitFor((l) => l.event === 'skill-added');
    expect(e.skill).toEqual({ name: 'weather', dir: path.join(root, 'weather'), root });
  });

  it('a removed skill → skill-removed', async () => {
    const dir = addSkillAtomically(BENIGN, root, 'weather');
    const w = await watchLib();
    fs.rmSync(dir, { recursive: true });
    const e = await w.waitFor((l) => l.event === 'skill-removed');
    expect(e.skill).toEqual({ name: 'weather', dir, root });
  });

  it('a symlink escaping the root is flagged', async () => {
    const w = await watchLib();
    const staging = path.join(sb.root, 'linky');
    fs.cpSync(BENIGN, staging, { recursive: true });
    fs.writeFileSync(path.join(sb.root, 'outside-secret.txt'), 'not for the agent\n');
    fs.symlinkSync(path.join(sb.root, 'outside-secret.txt'), path.join(staging, 'notes.txt'));
    fs.renameSync(staging, path.join(root, 'linky'));
    const e = await w.waitFor((l) => l.skill?.name === 'linky');
    expect(e.findings).toContainEqual(expect.objectContaining({ ruleId: 'skill-symlink-escape', severity: 'high', file: 'notes.txt' }));
  });

  it('--no-quarantine reports a blocked skill and leaves it in place', async () => {
    const w = await watch('--no-quarantine');
    const staging = path.join(sb.root, 'ww');
    fs.cpSync(BENIGN, staging, { recursive: true });
    fs.chmodSync(staging, 0o777);
    fs.renameSync(staging, path.join(root, 'ww'));
    const e = await w.waitFor((l) => l.event === 'skill-blocked');
    expect(e.quarantine).toBeUndefined();
    expect(fs.existsSync(path.join(root, 'ww', 'SKILL.md'))).toBe(true);
    expect(fs.existsSync(quarantineDir)).toBe(false);
  });

  it('quarantines skills that are already blocked at start, before ready', async () => {
    const dir = addSkillAtomically(BENIGN, root, 'ww');
    fs.chmodSync(path.join(dir, 'SKILL.md'), 0o646);
    const w = await watch();
    expect(w.lines[0]).toMatchObject({ event: 'skill-blocked', skill: { name: 'ww' } });
    expect(w.lines[1]).toMatchObject({ event: 'ready', skills: 1, block: 1, quarantined: 1 });
    expect(fs.existsSync(dir)).toBe(false);
  });

  // root reads everything, so this can only be shown as an ordinary user (CI).
  it.runIf(process.getuid?.() !== 0)('an unreadable file → an error event, and the watcher keeps running', async () => {
    const w = await watchLib();
    const staging = path.join(sb.root, 'locked');
    fs.cpSync(BENIGN, staging, { recursive: true });
    fs.writeFileSync(path.join(staging, 'helper.sh'), 'echo hi\n');
    fs.chmodSync(path.join(staging, 'helper.sh'), 0o000);
    fs.renameSync(staging, path.join(root, 'locked'));
    const e = await w.waitFor((l) => l.event === 'error');
    expect(e).toMatchObject({ code: 'EUNREADABLE', skill: { name: 'locked' } });
    await w.waitFor((l) => l.event === 'skill-added' && l.skill?.name === 'locked');
    fs.chmodSync(path.join(root, 'locked', 'helper.sh'), 0o644);
    addSkillAtomically(BENIGN, root, 'weather');
    await w.waitFor((l) => l.event === 'skill-added' && l.skill?.name === 'weather');
  });

  it('--poll watches by polling and still sees new skills', async () => {
    const w = await watch('--poll');
    expect(w.lines[0]).toMatchObject({ event: 'ready', mode: 'polling' });
    addSkillAtomically(BENIGN, root, 'weather');
    await w.waitFor((l) => l.event === 'skill-added' && l.skill?.name === 'weather');
  });

  it('bad input stops it before anything is watched: exit 2', async () => {
    const noRoot = await runCli(['skills', 'watch', '--only-roots'], { env: sb.env });
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toContain('--root');
    fs.writeFileSync(path.join(sb.stateDir, 'openclaw.json'), '{ skills: { load: { extraDirs: [ } }');
    const badConfig = await runCli(['skills', 'watch'], { env: sb.env });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('openclaw.json');
    expect(badConfig.stdout).toBe('');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s ends the watcher with exit 0', async (signal) => {
    const w = await watch();
    const { code } = await w.stop(signal);
    expect(code).toBe(0);
  });
});
