import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSandbox, repoRoot, runCli, type Sandbox } from '../helpers/cli.js';

const BENIGN = path.join(repoRoot, 'fixtures/watch/benign-weather');
const PASTE_TO_TERMINAL = path.join(repoRoot, 'fixtures/watch/paste-terminal-installer');

let sb: Sandbox;
let skills: string;
beforeEach(() => {
  sb = makeSandbox();
  skills = path.join(sb.root, 'skills');
  fs.mkdirSync(skills);
});
afterEach(() => sb.cleanup());

const copySkill = (fixture: string, name: string) => {
  const dir = path.join(skills, name);
  fs.cpSync(fixture, dir, { recursive: true });
  return dir;
};
const scan = (...args: string[]) => runCli(['skills', 'scan', ...args], { env: sb.env });
/** The same scan in-process (library API), for checks that do not depend on the CLI. */
const { scanSkills } = await import(path.join(repoRoot, 'dist/skills/index.js'));
const scanLib = async (dir: string) => (await scanSkills([dir]))[0];

describe('skills scan', () => {
  it('one skill folder → one report object with target.kind "skill"', async () => {
    const dir = copySkill(BENIGN, 'weather');
    const r = await scan(dir, '--json');
    expect(r.code).toBe(0);
    const report = r.json();
    expect(Array.isArray(report)).toBe(false);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'clawguard' }, target: { kind: 'skill', name: 'weather', path: dir }, verdict: 'allow', lifecycleScripts: [] });
    expect(report.stats.files).toBe(1);
  });

  it('a folder holding skill folders → an array, one report per skill', async () => {
    copySkill(BENIGN, 'a');
    copySkill(BENIGN, 'b');
    fs.mkdirSync(path.join(skills, 'not-a-skill'));
    const r = await scan(skills, '--json');
    expect(r.code).toBe(0);
    const reports = r.json();
    expect(reports.map((x: any) => x.target.name)).toEqual(['a', 'b']);
    expect(reports.every((x: any) => x.target.kind === 'skill')).toBe(true);
  });

  it('several folders → an array', async () => {
    const a = copySkill(BENIGN, 'a');
    const b = copySkill(BENIGN, 'b');
    const reports = (await scan(a, b, '--json')).json();
    expect(reports.map((x: any) => x.target.path)).toEqual([a, b]);
  });

  it('a missing folder is bad input: exit 2, message names it', async () => {
    const r = await scan(path.join(sb.root, 'nope'), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope');
    expect(r.json().error.code).toBe('ESKILLDIR');
  });

  it('a folder with no SKILL.md anywhere is bad input: exit 2', async () => {
    fs.mkdirSync(path.join(skills, 'empty'));
    const r = await scan(skills);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SKILL\.md/);
  });

  it('a world-writable SKILL.md blocks: exit 1', async () => {
    const dir = copySkill(BENIGN, 'ww');
    fs.chmodSync(path.join(dir, 'SKILL.md'), 0o666);
    const r = await scan(dir, '--json');
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ verdict: 'block', findings: [{ ruleId: 'skill-world-writable', severity: 'critical', file: 'SKILL.md' }] });
  });

  // Choosing the group of a file needs root; CI as an ordinary user skips these two.
  it.runIf(process.getuid?.() === 0)('a folder writable by a shared group warns (exit 0), and fails at --fail-on medium', async () => {
    const dir = copySkill(BENIGN, 'gw');
    fs.chownSync(dir, 0, 4242);
    fs.chmodSync(dir, 0o775);
    expect(await scanLib(dir)).toMatchObject({ verdict: 'warn', findings: [{ ruleId: 'skill-group-writable', file: '.' }] });
    expect((await scan(dir, '--fail-on', 'medium')).code).toBe(1);
  });

  it.runIf(process.getuid?.() === 0 && process.getgid?.() === 0)('group write for the user\'s private group (umask 002) is not flagged', async () => {
    const dir = copySkill(BENIGN, 'upg');
    fs.chownSync(dir, 0, 0);
    fs.chmodSync(dir, 0o775);
    fs.chmodSync(path.join(dir, 'SKILL.md'), 0o664);
    const report = await scanLib(dir);
    const onlyRootInGroup0 = !/^root:[^:]*:0:.+/m.test(fs.readFileSync('/etc/group', 'utf8'));
    if (onlyRootInGroup0) expect(report.findings.filter((f: any) => f.ruleId === 'skill-group-writable')).toEqual([]);
    else expect(report.findings.some((f: any) => f.ruleId === 'skill-group-writable')).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('a SKILL.md owned by another user is flagged', async () => {
    const dir = copySkill(BENIGN, 'foreign');
    fs.chownSync(path.join(dir, 'SKILL.md'), 4242, 4242);
    const report = await scanLib(dir);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'skill-foreign-owner', severity: 'high', file: 'SKILL.md' }));
  });

  it('symlinks that leave the skill are flagged; links inside it are not', async () => {
    const dir = copySkill(BENIGN, 'links');
    fs.writeFileSync(path.join(sb.root, 'secret.env'), 'TOKEN=canary\n');
    fs.symlinkSync('../../secret.env', path.join(dir, 'config.env'));
    fs.symlinkSync('SKILL.md', path.join(dir, 'README.md'));
    const report = await scanLib(dir);
    const escapes = report.findings.filter((f: any) => f.ruleId === 'skill-symlink-escape');
    expect(escapes).toHaveLength(1);
    expect(escapes[0]).toMatchObject({ file: 'config.env', severity: 'high' });
  });

  it('a paste-into-Terminal skill is blocked: exit 1 (needs the engine)', async () => {
    const dir = copySkill(PASTE_TO_TERMINAL, 'wallet');
    const r = await scan(dir, '--json');
    expect(r.json().verdict).toBe('block');
    expect(r.code).toBe(1);
  });

  it('text by default, SARIF with --sarif, HTML with --html FILE', async () => {
    const dir = copySkill(BENIGN, 'weather');
    const text = await scan(dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('weather');
    const sarif = await scan(dir, '--sarif');
    expect(sarif.json()).toMatchObject({ version: '2.1.0' });
    const html = path.join(sb.root, 'report.html');
    const r = await scan(dir, '--html', html);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toMatch(/<html/i);
  });

  it('an unknown --fail-on value is bad input: exit 2', async () => {
    const dir = copySkill(BENIGN, 'weather');
    expect((await scan(dir, '--fail-on', 'severe')).code).toBe(2);
  });
});

describe('unreadable files', () => {
  // root reads everything, so this can only be shown as an ordinary user (CI).
  it.runIf(process.getuid?.() !== 0)('a file this user cannot read is a finding, never a crash', async () => {
    const dir = copySkill(BENIGN, 'locked');
    fs.writeFileSync(path.join(dir, 'helper.sh'), 'echo hi\n');
    fs.chmodSync(path.join(dir, 'helper.sh'), 0o000);
    const report = (await scan(dir, '--json')).json();
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'skill-unreadable-file', file: 'helper.sh' }));
    fs.chmodSync(path.join(dir, 'helper.sh'), 0o644);
  });
});
