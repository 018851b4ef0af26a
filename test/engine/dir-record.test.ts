/**
 * A directory's stat record (src/engine/jobs.ts `DirRecord`): a repeat lookup of a settled directory whose
 * metadata is unchanged is answered from the record, reading and hashing none of its files; any write, an
 * added file, another engine or rule set, or a record that stands for another directory is a miss that
 * digests the bytes again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDigest } from '../../src/engine/content-digest.js';
import { lookupDir } from '../../src/engine/jobs.js';
import { DiskResultCache, recordKey } from '../../src/engine/result-cache.js';
import { InspectionService } from '../../src/engine/service.js';
import { DEFAULT_RULES_DIR } from '../../src/inspect/rules/load.js';

const skillFixture = path.resolve(import.meta.dirname, '../../fixtures/skills/benign-api-helper');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const job = (dir: string) => ({ kind: 'skill' as const, dir, packageId: 'benign-api-helper', excludeNodeModules: false, statRecord: true });
const target = (dir: string) => ({ dir: path.resolve(dir), kind: 'skill', packageId: 'benign-api-helper', excludeNodeModules: false, rulesDir: path.resolve(DEFAULT_RULES_DIR) });
const recordFile = (cacheDir: string, dir: string) => {
  const key = recordKey(['dir-stat', target(dir)]);
  return path.join(cacheDir, key.slice(0, 2), `${key}.json`);
};

/** Inspect a fresh copy of the skill with the clock STAT_SETTLED_MS+ ahead (its files count as settled). */
async function settledSkill(): Promise<{ dir: string; cacheDir: string; key: string }> {
  const dir = path.join(tempDir('clawguard-dir-record-'), 'benign-api-helper');
  fs.cpSync(skillFixture, dir, { recursive: true });
  const cacheDir = tempDir('clawguard-dir-record-cache-');
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
  const service = new InspectionService({ cacheDir });
  const first = await service.inspectDir('skill', dir, { packageId: 'benign-api-helper' });
  await service.close();
  expect(first.cached).toBe(false);
  expect(fs.existsSync(recordFile(cacheDir, dir))).toBe(true);
  const key = lookupDir(job(dir), new DiskResultCache(cacheDir)).key;
  return { dir, cacheDir, key };
}

/** A lookup in a new cache handle (no memory layer), counting the reads of files under `dir`. */
function lookupCountingReads(dir: string, cacheDir: string) {
  const read = vi.spyOn(fs, 'readFileSync');
  const found = lookupDir(job(dir), new DiskResultCache(cacheDir));
  const reads = read.mock.calls.filter(([file]) => String(file).startsWith(dir)).length;
  read.mockRestore();
  return { found, reads };
}

describe('the directory stat record', () => {
  it('answers a repeat lookup of a settled directory without reading a file of it, with the digest the bytes give', async () => {
    const { dir, cacheDir, key } = await settledSkill();
    const { found, reads } = lookupCountingReads(dir, cacheDir);
    expect(reads).toBe(0);
    expect(found.hit).toBeDefined();
    expect(found.key).toBe(key);
    expect(found.digest).toEqual({ ...contentDigest(dir, { skipTopNodeModules: false }), statTakenMs: expect.any(Number) });
  });

  it('an edit of the same size with the old mtime put back is a miss, keyed by the new bytes', async () => {
    const { dir, cacheDir, key } = await settledSkill();
    const file = path.join(dir, 'SKILL.md');
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/[a-z]/, (c) => (c === 'x' ? 'y' : 'x')));
    fs.utimesSync(file, before.atime, before.mtime);
    const { found, reads } = lookupCountingReads(dir, cacheDir);
    expect(reads).toBeGreaterThan(0);
    expect(found.key).not.toBe(key);
    expect(found.hit).toBeUndefined();
  });

  it('an added file, even an empty one, is a miss', async () => {
    const { dir, cacheDir, key } = await settledSkill();
    fs.writeFileSync(path.join(dir, 'extra.sh'), '');
    const { found, reads } = lookupCountingReads(dir, cacheDir);
    expect(reads).toBeGreaterThan(0);
    expect(found.key).not.toBe(key);
  });

  it('a record made under another engine or rule set, or standing for another directory, is not used', async () => {
    const { dir, cacheDir } = await settledSkill();
    const file = recordFile(cacheDir, dir);
    const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const change of [
      (v: Record<string, unknown>) => (v.code = 'f'.repeat(64)),
      (v: Record<string, unknown>) => (v.rules = 'f'.repeat(64)),
      (v: Record<string, unknown>) => ((v.target as Record<string, unknown>).dir = path.join(dir, 'elsewhere')),
      (v: Record<string, unknown>) => ((v.target as Record<string, unknown>).packageId = 'other-skill'),
    ]) {
      const value = structuredClone(entry.value);
      change(value);
      fs.writeFileSync(file, JSON.stringify({ ...entry, value }));
      expect(lookupCountingReads(dir, cacheDir).reads).toBeGreaterThan(0);
    }
    // The untouched record is used again.
    fs.writeFileSync(file, JSON.stringify(entry));
    expect(lookupCountingReads(dir, cacheDir).reads).toBe(0);
  });

  it('is not kept for content written within STAT_SETTLED_MS (a write in the clock granularity of the stat could hide)', async () => {
    const dir = path.join(tempDir('clawguard-dir-record-'), 'benign-api-helper');
    fs.cpSync(skillFixture, dir, { recursive: true });
    const cacheDir = tempDir('clawguard-dir-record-cache-');
    const service = new InspectionService({ cacheDir });
    await service.inspectDir('skill', dir, { packageId: 'benign-api-helper' });
    expect((await service.inspectDir('skill', dir, { packageId: 'benign-api-helper' })).cached).toBe(true);
    await service.close();
    expect(fs.existsSync(recordFile(cacheDir, dir))).toBe(false);
  });
});

describe('a batch (a dependency tree)', () => {
  it('keeps no stat record: its packages sit at a new path each time', async () => {
    const dir = path.join(tempDir('clawguard-dir-record-'), 'benign-api-helper');
    fs.cpSync(skillFixture, dir, { recursive: true });
    const cacheDir = tempDir('clawguard-dir-record-cache-');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    const service = new InspectionService({ cacheDir });
    await service.inspectDirs([{ kind: 'skill', dir, packageId: 'benign-api-helper' }], () => undefined);
    await service.close();
    expect(fs.existsSync(recordFile(cacheDir, dir))).toBe(false);
  });
});
