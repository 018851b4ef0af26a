/**
 * The engine code digest (src/engine/engine-digest.ts) keys every cached result. The build records it in
 * dist/engine/engine-code-digest.json so a process does not re-hash the engine; a stale record would serve
 * results computed by other code, so the record must equal the digest computed from the build's files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RULES_DIR } from '../../src/inspect/rules/load.js';

const dist = path.resolve(import.meta.dirname, '../../dist');

describe('the recorded engine code digest', () => {
  it('equals the digest of the built engine files, and the built engine uses it', async () => {
    const built = (await import(path.join(dist, 'engine/engine-digest.js'))) as typeof import('../../src/engine/engine-digest.js');
    const record = JSON.parse(fs.readFileSync(built.ENGINE_CODE_DIGEST_FILE, 'utf8')) as { digest: string };
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(built.computeEngineCodeDigest()).toBe(record.digest);
    expect(built.engineCodeDigest()).toBe(record.digest);
  });

  it('changes when an engine file changes (so a rebuilt engine never serves old results)', async () => {
    const { computeEngineCodeDigest } = await import('../../src/engine/engine-digest.js');
    const copy = fs.mkdtempSync(path.join(dist, '..', '.digest-copy-'));
    try {
      fs.cpSync(path.join(dist, 'engine'), path.join(copy, 'engine'), { recursive: true });
      fs.cpSync(path.join(dist, 'inspect'), path.join(copy, 'inspect'), { recursive: true });
      const before = computeEngineCodeDigest(copy);
      // The record itself is not part of the digest.
      fs.writeFileSync(path.join(copy, 'engine/engine-code-digest.json'), '{}');
      expect(computeEngineCodeDigest(copy)).toBe(before);
      fs.appendFileSync(path.join(copy, 'inspect/index.js'), '\n');
      expect(computeEngineCodeDigest(copy)).not.toBe(before);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

/**
 * The rules' part of the digest comes from the rule files' metadata when it is unchanged since the digest was
 * computed (engine-digest.ts `rulesDigest`): a warm `skills scan` no longer reads ~200 rule files. An edited
 * rule must still change the key, so a cached result is a miss after the edit.
 */
describe('the rules digest record', () => {
  const temps: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    vi.resetModules();
    for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  function copyRules(): string {
    const dir = tempDir('clawguard-rules-');
    for (const name of fs.readdirSync(DEFAULT_RULES_DIR)) fs.copyFileSync(path.join(DEFAULT_RULES_DIR, name), path.join(dir, name));
    return dir;
  }

  /** Change one letter of a rule's title: same size, and usually within the same second as the last write. */
  function editRule(dir: string): void {
    const file = path.join(dir, fs.readdirSync(dir).find((n) => n.endsWith('.yaml'))!);
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('\ntitle: ') + '\ntitle: '.length + 1;
    fs.writeFileSync(file, `${text.slice(0, at)}${text[at] === 'x' ? 'y' : 'x'}${text.slice(at + 1)}`);
  }

  const ruleReads = (spy: { mock: { calls: unknown[][] } }, dir: string) => spy.mock.calls.filter(([file]) => String(file).startsWith(dir)).length;

  it('reads no rule file while the files are as recorded, and reads them again after an edit', async () => {
    const { DiskResultCache } = await import('../../src/engine/result-cache.js');
    const { rulesDigest, RULES_SETTLED_MS } = await import('../../src/engine/engine-digest.js');
    const { rulesYamlDigest } = await import('../../src/inspect/rules/load.js');
    const rules = copyRules();
    const store = new DiskResultCache(tempDir('clawguard-rules-record-'));
    const later = Date.now() + RULES_SETTLED_MS + 1000;
    const read = vi.spyOn(fs, 'readFileSync');

    // Just written: the files are not settled, so nothing is recorded and the next digest reads them again.
    const digest = rulesDigest(rules, store);
    expect(digest).toBe(rulesYamlDigest(rules));
    read.mockClear();
    expect(rulesDigest(rules, store)).toBe(digest);
    expect(ruleReads(read, rules)).toBeGreaterThan(100);

    // Settled: recorded once, then served from metadata alone.
    rulesDigest(rules, store, later);
    read.mockClear();
    expect(rulesDigest(rules, new DiskResultCache(store.dir), later)).toBe(digest);
    expect(ruleReads(read, rules)).toBe(0);

    editRule(rules);
    read.mockClear();
    const edited = rulesDigest(rules, new DiskResultCache(store.dir), later);
    expect(edited).not.toBe(digest);
    expect(edited).toBe(rulesYamlDigest(rules));
    expect(ruleReads(read, rules)).toBeGreaterThan(100);
    // An added file is a change too.
    fs.copyFileSync(path.join(rules, fs.readdirSync(rules)[0]), path.join(rules, 'zz-extra.yaml'));
    expect(rulesDigest(rules, new DiskResultCache(store.dir), later)).toBe(rulesYamlDigest(rules));
  });

  it('a skill scanned with a rule set is a hit in the next process, and a miss after a rule of it is edited', async () => {
    const rules = copyRules();
    const cacheDir = tempDir('clawguard-rules-cache-');
    const npmCache = tempDir('clawguard-rules-npm-');
    vi.stubEnv('npm_config_cache', npmCache);
    // The rule files were just copied: let the clock move on so their record is kept (RULES_SETTLED_MS).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    const skill = path.resolve(import.meta.dirname, '../../fixtures/skills/benign-api-helper');
    /** A new process, as far as the modules go: no digest remembered in memory. */
    const scanInFreshProcess = async () => {
      vi.resetModules();
      const { InspectionService } = await import('../../src/engine/index.js');
      const { SkillScanner } = await import('../../src/skills/scan.js');
      const engine = new InspectionService({ cacheDir, rulesDir: rules });
      const inspect = vi.spyOn(engine, 'inspectDir');
      const read = vi.spyOn(fs, 'readFileSync');
      await new SkillScanner({ engine, rulesDir: rules }).scan({ name: 'benign-api-helper', dir: skill, root: skill });
      const cached = (await inspect.mock.results[0].value).cached as boolean;
      const reads = ruleReads(read, rules);
      read.mockRestore();
      return { cached, reads };
    };
    expect((await scanInFreshProcess()).cached).toBe(false);
    expect(await scanInFreshProcess()).toEqual({ cached: true, reads: 0 });
    editRule(rules);
    expect((await scanInFreshProcess()).cached).toBe(false);
    expect(await scanInFreshProcess()).toEqual({ cached: true, reads: 0 });
    vi.unstubAllEnvs();
  });
});
