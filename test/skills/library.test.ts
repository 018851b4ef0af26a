import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSandbox, repoRoot, type Sandbox } from '../helpers/cli.js';

const lib = await import(path.join(repoRoot, 'dist/skills/index.js'));
const BENIGN = path.join(repoRoot, 'fixtures/watch/benign-weather');

let sb: Sandbox;
beforeEach(() => (sb = makeSandbox()));
afterEach(() => sb.cleanup());

describe('skills library API', () => {
  it('watchSkills: events are an async iterable; close() ends the iteration', async () => {
    const root = path.join(sb.root, 'skills');
    fs.mkdirSync(root);
    const handle = lib.watchSkills({ roots: [{ dir: root, source: 'cli' }], quarantineDir: path.join(sb.root, 'q') });
    const seen: string[] = [];
    for await (const e of handle.events) {
      seen.push(e.event);
      if (e.event === 'ready') fs.cpSync(BENIGN, path.join(root, 'weather'), { recursive: true });
      if (e.event === 'skill-added') void handle.close();
    }
    expect(seen).toEqual(['ready', 'skill-added']);
  });

  it('scanSkills returns one report per skill', async () => {
    const root = path.join(sb.root, 'skills');
    fs.cpSync(BENIGN, path.join(root, 'a'), { recursive: true });
    fs.cpSync(BENIGN, path.join(root, 'b'), { recursive: true });
    const reports = await lib.scanSkills([root]);
    expect(reports.map((r: any) => [r.target.name, r.verdict])).toEqual([['a', 'allow'], ['b', 'allow']]);
  });

  it('resolveSkillRoots follows OpenClaw: extraDirs, plugin skills, managed, personal, workspace roots', () => {
    const stateDir = sb.stateDir;
    const plugin = path.join(stateDir, 'extensions', 'demo');
    fs.mkdirSync(path.join(plugin, 'skills'), { recursive: true });
    fs.writeFileSync(path.join(plugin, 'openclaw.plugin.json'), JSON.stringify({ id: 'demo', configSchema: {}, skills: ['./skills', '../../escape'] }));
    const roots = lib.resolveSkillRoots({
      stateDir,
      env: { HOME: sb.home, PATH: '' },
      config: { skills: { load: { extraDirs: ['~/extra-skills'] } }, agents: { defaults: { workspace: '~/ws' } } },
    });
    expect(roots).toEqual([
      { dir: path.join(sb.home, 'extra-skills'), source: 'extra' },
      { dir: path.join(plugin, 'skills'), source: 'plugin' },
      { dir: path.join(stateDir, 'skills'), source: 'managed' },
      { dir: path.join(sb.home, '.agents', 'skills'), source: 'personal' },
      { dir: path.join(sb.home, 'ws', '.agents', 'skills'), source: 'workspace-agents' },
      { dir: path.join(sb.home, 'ws', 'skills'), source: 'workspace' },
    ]);
    const overridden = lib.resolveSkillRoots({ stateDir, env: { HOME: sb.home, PATH: '' }, config: {}, workspaces: ['/srv/ws'], roots: ['/srv/more'] });
    expect(overridden.map((r: any) => r.dir)).toContain('/srv/ws/skills');
    expect(overridden.map((r: any) => r.dir)).toContain(path.join(stateDir, 'skills'));
    expect(overridden.at(-1)).toEqual({ dir: '/srv/more', source: 'cli' });
  });
});
