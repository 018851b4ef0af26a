/**
 * A repeat `plugins inspect` of an unchanged local plugin directory is answered from the directory's stat
 * record (src/engine/jobs.ts `DirRecord`, view `plugin-copy`): no scratch copy, no file of it read, the same
 * report the stages give. Any change in what the copy would see (an edit that keeps size and mtime, a link,
 * a new directory, a removed manifest), or in what else decided the answer (the limits), takes the stages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inspectPlugin, NPM_PLAN_DEFAULTS, npmLeavesPlanAlone, npmPlanSettings } from '../../src/install/inspect-plugin.js';
import { loadNpmOptions } from '../../src/resolve/npm-config.js';
import type { Report } from '../../src/report/types.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/packages/clean-plugin');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

let stateDir: string;
beforeEach(() => {
  const home = tempDir('clawguard-inspect-record-home-');
  stateDir = path.join(home, '.openclaw');
  vi.stubEnv('HOME', home);
  vi.stubEnv('npm_config_cache', path.join(home, 'npm-cache'));
  vi.stubEnv('CLAWGUARD_INSPECT_CACHE', '');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture plugin, with the clock a minute ahead: its files count as settled. */
function settledPlugin(): string {
  const dir = path.join(tempDir('clawguard-inspect-record-'), 'clean-plugin');
  fs.cpSync(fixture, dir, { recursive: true });
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
  return dir;
}

const withoutDuration = (r: Report) => ({ ...r, stats: { ...r.stats, durationMs: 0 } });

/** `plugins inspect` in-process, counting the copies it made and the files of `dir` it read. */
async function inspect(dir: string, options: { limits?: { maxEntries?: number }; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const copy = vi.spyOn(fs, 'copyFileSync');
  const read = vi.spyOn(fs, 'readFileSync');
  const progress: string[] = [];
  try {
    const report = await inspectPlugin(dir, { stateDir, onProgress: (m) => progress.push(m), ...options });
    return { report: withoutDuration(report), copies: copy.mock.calls.length, reads: read.mock.calls.filter(([f]) => String(f).startsWith(`${dir}${path.sep}`)).length, progress };
  } finally {
    copy.mockRestore();
    read.mockRestore();
  }
}

/** What the stages say about `dir` now, with the result cache off (no record, no result can answer). */
async function fresh(dir: string, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Report> {
  vi.stubEnv('CLAWGUARD_INSPECT_CACHE', '0');
  try {
    return withoutDuration(await inspectPlugin(dir, { stateDir, ...options }));
  } finally {
    vi.stubEnv('CLAWGUARD_INSPECT_CACHE', '');
  }
}

describe('plugins inspect <local directory>, asked again', () => {
  it('an unchanged, settled directory is answered from its record: no copy, no file read, the report and progress of the stages', async () => {
    const dir = settledPlugin();
    const first = await inspect(dir);
    expect(first.copies).toBeGreaterThan(0);
    const again = await inspect(dir);
    expect(again.copies).toBe(0);
    expect(again.reads).toBe(0);
    expect(again.report).toEqual(first.report);
    expect(again.progress).toEqual(first.progress);
    expect(JSON.stringify(again.report)).toBe(JSON.stringify(await fresh(dir)));
  });

  it('an edit that keeps the size and puts the old mtime back is never answered from the record', async () => {
    const dir = settledPlugin();
    const before = (await inspect(dir)).report;
    const file = path.join(dir, 'dist/index.js');
    const st = fs.statSync(file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('await fetch(', 'await Fetch('));
    fs.utimesSync(file, st.atime, st.mtime);
    const after = await inspect(dir);
    expect(after.copies).toBeGreaterThan(0);
    expect(after.report).toEqual(await fresh(dir));
    expect(after.report.findings).not.toEqual(before.findings);
  });

  it('a link, a new empty directory or a removed manifest is a miss, reported as the stages report it', async () => {
    for (const change of [
      (dir: string) => fs.symlinkSync('/etc/hostname', path.join(dir, 'dist/host')),
      (dir: string) => fs.mkdirSync(path.join(dir, 'dist/empty')),
      (dir: string) => fs.rmSync(path.join(dir, 'openclaw.plugin.json')),
    ]) {
      const dir = settledPlugin();
      const before = (await inspect(dir)).report;
      expect((await inspect(dir)).copies).toBe(0);
      change(dir);
      const after = await inspect(dir);
      expect(after.copies).toBeGreaterThan(0);
      expect(after.report).toEqual(await fresh(dir));
      vi.useRealTimers();
      if (!change.toString().includes('mkdirSync')) expect(after.report).not.toEqual(before);
    }
  });

  it('other limits are a miss: a record never answers for a bound it was not made under', async () => {
    const dir = settledPlugin();
    await inspect(dir);
    expect((await inspect(dir)).copies).toBe(0);
    await expect(inspect(dir, { limits: { maxEntries: 2 } })).rejects.toMatchObject({ code: 'EUNPACK_TOO_MANY_ENTRIES' });
  });

  it('a directory written within STAT_SETTLED_MS gets no record (a write in the clock granularity could hide)', async () => {
    const dir = path.join(tempDir('clawguard-inspect-record-'), 'clean-plugin');
    fs.cpSync(fixture, dir, { recursive: true });
    await inspect(dir);
    expect((await inspect(dir)).copies).toBeGreaterThan(0);
  });
});

describe("npm's configuration, for a repeat of an unchanged directory", () => {
  /** An environment and a working directory no npm setting comes from (npx sets npm_config_* for vitest). */
  function cleanNpm() {
    const home = tempDir('clawguard-inspect-record-npm-home-');
    const cwd = path.join(tempDir('clawguard-inspect-record-npm-cwd-'), 'project', 'sub');
    fs.mkdirSync(cwd, { recursive: true });
    return { env: { PATH: process.env.PATH, HOME: home } as NodeJS.ProcessEnv, cwd };
  }

  it('is not read when no source could set a setting the plan reads: the loader gives the defaults then', async () => {
    const { env, cwd } = cleanNpm();
    expect(npmLeavesPlanAlone(env, cwd)).toBe(true);
    expect(npmPlanSettings(await loadNpmOptions({ env, cwd }))).toEqual(NPM_PLAN_DEFAULTS);
    expect(npmLeavesPlanAlone({ ...env, npm_config_lockfile_version: '2' }, cwd)).toBe(false);
  });

  it('a setting in any source npm reads takes the stages: never the answer of a record made without it', async () => {
    const v2 = 'lockfile-version=2\n';
    for (const [where, set] of [
      ['the working directory', (c: { env: NodeJS.ProcessEnv; cwd: string }) => fs.writeFileSync(path.join(c.cwd, '.npmrc'), v2)],
      ['the project above it', (c: { env: NodeJS.ProcessEnv; cwd: string }) => {
        fs.writeFileSync(path.join(path.dirname(c.cwd), 'package.json'), '{}');
        fs.writeFileSync(path.join(path.dirname(c.cwd), '.npmrc'), v2);
      }],
      ['the user npmrc', (c: { env: NodeJS.ProcessEnv; cwd: string }) => fs.writeFileSync(path.join(c.env.HOME!, '.npmrc'), v2)],
      ['the environment', (c: { env: NodeJS.ProcessEnv; cwd: string }) => (c.env.npm_config_lockfile_version = '2')],
      ['another userconfig', (c: { env: NodeJS.ProcessEnv; cwd: string }) => {
        const file = path.join(c.env.HOME!, 'other-npmrc');
        fs.writeFileSync(file, v2);
        c.env.npm_config_userconfig = file;
      }],
      ['the global npmrc of PREFIX', (c: { env: NodeJS.ProcessEnv; cwd: string }) => {
        const prefix = path.join(c.env.HOME!, 'prefix');
        fs.mkdirSync(path.join(prefix, 'etc'), { recursive: true });
        fs.writeFileSync(path.join(prefix, 'etc', 'npmrc'), v2);
        c.env.PREFIX = prefix;
      }],
    ] as const) {
      const dir = settledPlugin();
      const c = cleanNpm();
      const first = await inspect(dir, c);
      const again = await inspect(dir, c);
      expect(again.copies, where).toBe(0);
      set(c);
      const after = await inspect(dir, c);
      expect(after.copies, where).toBeGreaterThan(0);
      expect(after.report, where).toEqual(await fresh(dir, c));
      expect((after.report as { tree?: { lockfileSha256?: string } }).tree?.lockfileSha256, where).not.toBe((first.report as { tree?: { lockfileSha256?: string } }).tree?.lockfileSha256);
      vi.useRealTimers();
    }
  });
});
