import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_RULES_DIR } from '../../src/inspect/index.js';
import { inspectionCacheFor, inspectionCacheKey, rulesDigest, sha512Of } from '../../src/tree/inspection-cache.js';
import { treeSandbox, type TreeSandbox } from './helpers.js';

const sandboxes: TreeSandbox[] = [];
const temps: string[] = [];
const sandbox = () => {
  const s = treeSandbox(inject('registryUrl'));
  sandboxes.push(s);
  return s;
};
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-inspect-cache-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const s of sandboxes) s.cleanup();
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

const cacheEntries = (npmCache: string): string[] => {
  const dir = path.join(npmCache, '_clawguard', 'inspect-v1');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
};

const baseKey = { kind: 'tree-package', sha512: sha512Of(Buffer.from('package bytes')), packageId: 'a@1.0.0', depPath: 'p>a', registryManifest: { name: 'a', version: '1.0.0' } };

describe('inspection cache', () => {
  it('a cached run reports exactly the findings of a fresh inspection (malicious dependency still blocked)', async () => {
    const s = sandbox();
    const npmCache = s.env.npm_config_cache as string;
    const args = ['plugins', 'inspect', 'tree-plugin-evil@1.0.0', '--json'];
    const fresh = await s.cli(args, { CLAWGUARD_INSPECT_CACHE: '0' });
    expect(fresh.code, fresh.stderr).toBe(1);
    expect(cacheEntries(npmCache)).toEqual([]);

    const filling = await s.cli(args);
    expect(filling.code, filling.stderr).toBe(1);
    const entries = cacheEntries(npmCache);
    // The plugin and every package of its tree (stats.packages counts the plugin too).
    expect(entries.length).toBe(fresh.json().stats.packages);

    const cached = await s.cli(args);
    expect(cached.code, cached.stderr).toBe(1);
    expect(cacheEntries(npmCache)).toEqual(entries);
    for (const res of [filling, cached]) {
      expect(res.json().verdict).toBe('block');
      expect(res.json().findings).toEqual(fresh.json().findings);
      expect(res.json().lifecycleScripts).toEqual(fresh.json().lifecycleScripts);
      const { durationMs: _a, ...stats } = res.json().stats;
      const { durationMs: _b, ...freshStats } = fresh.json().stats;
      expect(stats).toEqual(freshStats);
    }
  });

  it('installs from a warm cache, and the installed tree is still verified against the inspected digests', async () => {
    const s = sandbox();
    const first = await s.cli(['plugins', 'inspect', 'tree-plugin-a@1.1.0', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const res = await s.cli(['plugins', 'install', 'tree-plugin-a@1.1.0', '--min-release-age', '0', '--yes', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const ids = (findings: Array<{ ruleId: string; package?: string; file?: string }>) => findings.map((f) => `${f.ruleId} ${f.package} ${f.file}`).sort();
    expect(ids(res.json().findings)).toEqual(ids(first.json().findings));
    expect(res.json().verdict).toBe(first.json().verdict);
  });

  it('the key changes with the package bytes, id, dependency path, registry manifest and unpack limits', () => {
    const key = inspectionCacheKey(baseKey);
    expect(inspectionCacheKey({ ...baseKey })).toBe(key);
    // Key order inside the registry manifest does not matter; its content does.
    expect(inspectionCacheKey({ ...baseKey, registryManifest: { version: '1.0.0', name: 'a' } })).toBe(key);
    for (const changed of [
      { sha512: sha512Of(Buffer.from('package bytes!')) },
      { packageId: 'a@1.0.1' },
      { depPath: 'p>b>a' },
      { registryManifest: { name: 'a', version: '1.0.0', scripts: { postinstall: 'x' } } },
      { unpackLimits: { maxEntries: 10 } },
      { kind: 'plugin' },
    ])
      expect(inspectionCacheKey({ ...baseKey, ...changed }), JSON.stringify(changed)).not.toBe(key);
  });

  it('a changed rule set misses: the key covers the digest of every rule file', () => {
    const a = tempDir();
    const b = tempDir();
    for (const name of fs.readdirSync(DEFAULT_RULES_DIR)) {
      fs.copyFileSync(path.join(DEFAULT_RULES_DIR, name), path.join(a, name));
      fs.copyFileSync(path.join(DEFAULT_RULES_DIR, name), path.join(b, name));
    }
    expect(rulesDigest(a)).toBe(rulesDigest(DEFAULT_RULES_DIR));
    const ruleFile = fs.readdirSync(b).find((n) => n.endsWith('.yaml'))!;
    fs.appendFileSync(path.join(b, ruleFile), '\n# edited\n');
    expect(rulesDigest(b)).not.toBe(rulesDigest(a));
    expect(inspectionCacheKey({ ...baseKey, rulesDir: b })).not.toBe(inspectionCacheKey({ ...baseKey, rulesDir: a }));
    expect(inspectionCacheKey({ ...baseKey, rulesDir: a })).toBe(inspectionCacheKey(baseKey));
  });

  it('an entry under another key, a malformed entry, or CLAWGUARD_INSPECT_CACHE=0 is a miss', () => {
    const npmCache = tempDir();
    const cache = inspectionCacheFor(path.join(npmCache, '_cacache'), {})!;
    const key = inspectionCacheKey(baseKey);
    const other = inspectionCacheKey({ ...baseKey, depPath: 'x' });
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, { findings: [] });
    expect(cache.get(key)).toEqual({ findings: [] });
    // An entry copied into another key's place names its own key: a miss.
    const file = (k: string) => path.join(npmCache, '_clawguard', 'inspect-v1', k.slice(0, 2), `${k}.json`);
    fs.mkdirSync(path.dirname(file(other)), { recursive: true });
    fs.copyFileSync(file(key), file(other));
    expect(cache.get(other)).toBeUndefined();
    fs.writeFileSync(file(key), '{"format":');
    expect(cache.get(key)).toBeUndefined();
    expect((fs.statSync(path.dirname(file(key))).mode & 0o777).toString(8)).toBe('700');
    expect(inspectionCacheFor(path.join(npmCache, '_cacache'), { CLAWGUARD_INSPECT_CACHE: '0' })).toBeUndefined();
  });
});
