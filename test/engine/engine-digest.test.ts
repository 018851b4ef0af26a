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
    const record = JSON.parse(fs.readFileSync(built.ENGINE_CODE_DIGEST_FILE, 'utf8')) as { code: string };
    expect(record.code).toMatch(/^[0-9a-f]{64}$/);
    expect(built.computeEngineCodeDigest()).toBe(record.code);
    expect(built.engineCodeDigest()).toBe(record.code);
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
 * The rules' part of the digest: in a build, the record of the rules it compiled (no rule file is read by a
 * cached answer); elsewhere, the rule files hashed. An edited rule of a rules directory read from disk must
 * change the key, so a cached result is a miss after the edit.
 */
describe('the rules digest', () => {
  const temps: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
  afterEach(() => {
    vi.restoreAllMocks();
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

  it("the build records the digest of the rules it compiled: the rules/ of this checkout, and the artifact's", async () => {
    const artifact = await import(path.join(dist, 'core/artifact.js'));
    const record = artifact.buildDigests() as { rules: string } | undefined;
    expect(record?.rules).toMatch(/^[0-9a-f]{64}$/);
    const { computeRulesYamlDigest } = await import('../../src/inspect/rules/yaml-digest.js');
    expect(record!.rules).toBe(computeRulesYamlDigest(DEFAULT_RULES_DIR));
    const compiled = JSON.parse(fs.readFileSync(path.join(dist, 'inspect/rules/compiled-rules.json'), 'utf8')) as { yamlDigest: string };
    expect(compiled.yamlDigest).toBe(record!.rules);
  });

  it('a built process answers a cached lookup without reading a rule file; under tests the shipped rules are hashed', async () => {
    const { spawnSync } = await import('node:child_process');
    const probe = `
      const fs = require('node:fs');
      const reads = [];
      const read = fs.readFileSync;
      fs.readFileSync = function (f, ...rest) { reads.push(String(f)); return read.call(this, f, ...rest); };
      import(${JSON.stringify(path.join(dist, 'engine/engine-digest.js'))}).then((m) => {
        const digest = m.currentRulesDigest();
        process.stdout.write(JSON.stringify({ digest, ruleReads: reads.filter((f) => f.startsWith(${JSON.stringify(DEFAULT_RULES_DIR)})).length }));
      });`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const built = JSON.parse(run.stdout) as { digest: string; ruleReads: number };
    const { currentRulesDigest } = await import('../../src/engine/engine-digest.js');
    const read = vi.spyOn(fs, 'readFileSync');
    expect(currentRulesDigest()).toBe(built.digest);
    expect(built.ruleReads).toBe(0);
    expect(ruleReads(read, DEFAULT_RULES_DIR)).toBeGreaterThan(100);
  });

  it('a rules directory of its own is hashed: an edit or an added file changes the digest', async () => {
    const { rulesYamlDigest } = await import('../../src/inspect/rules/yaml-digest.js');
    const rules = copyRules();
    const digest = rulesYamlDigest(rules);
    expect(digest).toBe(rulesYamlDigest(DEFAULT_RULES_DIR));
    editRule(rules);
    const edited = rulesYamlDigest(rules);
    expect(edited).not.toBe(digest);
    fs.copyFileSync(path.join(rules, fs.readdirSync(rules)[0]), path.join(rules, 'zz-extra.yaml'));
    expect(rulesYamlDigest(rules)).not.toBe(edited);
  });

  it('a skill scanned with a rule set is a hit in the next process, and a miss after a rule of it is edited', async () => {
    const rules = copyRules();
    const cacheDir = tempDir('clawguard-rules-cache-');
    const npmCache = tempDir('clawguard-rules-npm-');
    vi.stubEnv('npm_config_cache', npmCache);
    const skill = path.resolve(import.meta.dirname, '../../fixtures/skills/benign-api-helper');
    /** A new process, as far as the modules go: no digest remembered in memory. */
    const scanInFreshProcess = async () => {
      vi.resetModules();
      const { InspectionService } = await import('../../src/engine/index.js');
      const { SkillScanner } = await import('../../src/skills/scan.js');
      const engine = new InspectionService({ cacheDir, rulesDir: rules });
      const inspect = vi.spyOn(engine, 'inspectDir');
      await new SkillScanner({ engine, rulesDir: rules }).scan({ name: 'benign-api-helper', dir: skill, root: skill });
      return (await inspect.mock.results[0].value).cached as boolean;
    };
    expect(await scanInFreshProcess()).toBe(false);
    expect(await scanInFreshProcess()).toBe(true);
    editRule(rules);
    expect(await scanInFreshProcess()).toBe(false);
    expect(await scanInFreshProcess()).toBe(true);
    vi.unstubAllEnvs();
  });
});
