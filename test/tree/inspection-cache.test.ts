import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { treeSandbox, type TreeSandbox } from './helpers.js';

const sandboxes: TreeSandbox[] = [];
const sandbox = () => {
  const s = treeSandbox(inject('registryUrl'));
  sandboxes.push(s);
  return s;
};
afterAll(() => {
  for (const s of sandboxes) s.cleanup();
});

const entryValue = (npmCache: string, f: string): { findings?: unknown; stats?: unknown; kind?: unknown } | undefined =>
  JSON.parse(fs.readFileSync(path.join(npmCache, '_clawguard', 'inspect-v2', f), 'utf8')).value;
/**
 * Entries of the inspection service's cache (src/engine/result-cache.ts: `<npm cache>/_clawguard/inspect-v2`),
 * without the stat records the same cache keeps (each names its `kind`: a directory's record, src/engine/jobs.ts,
 * keys no inspection).
 */
const cacheEntries = (npmCache: string): string[] => {
  const dir = path.join(npmCache, '_clawguard', 'inspect-v2');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !/-stat$/.test(String(entryValue(npmCache, f)?.kind ?? '')))
    .sort();
};
/** Content results (one per inspected package) as opposed to tarball aliases (one per unpacked tarball). */
const resultEntries = (npmCache: string): string[] => cacheEntries(npmCache).filter((f) => Array.isArray(entryValue(npmCache, f)?.findings));

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
    // A result for the plugin and every package of its tree (stats.packages counts the plugin too), plus
    // one tarball alias per dependency (what its unpack gave: a warm install skips the unpack) and one for
    // the plugin (its result by its tarball's sha512: a warm install hashes none of its unpacked files).
    expect(resultEntries(npmCache).length).toBe(fresh.json().stats.packages);
    expect(entries.length).toBe(2 * fresh.json().stats.packages);

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

  // Keys, rule digests, entry format and location: test/engine/service.test.ts (the inspection service owns them).
});
