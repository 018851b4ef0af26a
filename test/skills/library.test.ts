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

  it('close() before ready: ready rejects, close resolves, the stream ends', async () => {
    const root = path.join(sb.root, 'skills');
    fs.cpSync(BENIGN, path.join(root, 'weather'), { recursive: true });
    const handle = lib.watchSkills({ roots: [{ dir: root, source: 'cli' }], quarantineDir: path.join(sb.root, 'q') });
    const ended = new Promise<void>((resolve) => handle.events.once('end', () => resolve()));
    await handle.close();
    await expect(handle.ready).rejects.toThrow(/closed before it was ready/);
    await ended;
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

describe('running out of watch handles', () => {
  it('ENOSPC from the native watcher → polling, announced once, and new skills are still seen', async () => {
    const { RootWatch } = await import(path.join(repoRoot, 'dist/skills/root-watch.js'));
    const root = path.join(sb.root, 'skills');
    fs.mkdirSync(root);
    const calls: string[] = [];
    let sawSkill: () => void = () => undefined;
    const seen = new Promise<void>((resolve) => (sawSkill = resolve));
    const rw = new RootWatch({ dir: root, source: 'cli' }, { usePolling: false, pollIntervalMs: 100, rootCheckMs: 200, depth: 4 }, {
      onPath: (p: string) => p.endsWith(path.join('weather', 'SKILL.md')) && sawSkill(),
      onGone: () => calls.push('gone'),
      onAppeared: () => calls.push('appeared'),
      onFallback: (code: string, message: string) => calls.push(`fallback:${code}:${message}`),
      onError: (code: string) => calls.push(`error:${code}`),
    });
    await rw.start();
    expect(rw.polling).toBe(false);
    // What chokidar reports when inotify's max_user_watches is exhausted (the limit itself is machine-wide, so
    // the test raises the error the kernel would have raised instead of starving the machine of watches).
    const err = Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    (rw as any).watcher.emit('error', err);
    // The polling watcher is ready when the root is announced again ('appeared'): a file added during its first crawl
    // is not an event (ignoreInitial), which the watcher's consumer covers by rescanning the root on 'appeared'.
    await new Promise<void>((resolve) => {
      const t = setInterval(() => rw.polling && rw.present && calls.includes('appeared') && (clearInterval(t), resolve()), 10);
    });
    expect(calls[0]).toMatch(/^fallback:ENOSPC:out of watch handles \(ENOSPC\)/);
    fs.cpSync(BENIGN, path.join(root, 'weather'), { recursive: true });
    await seen;
    await rw.close();
    expect(calls.filter((c) => c.startsWith('fallback'))).toHaveLength(1);
  });
});
