/**
 * Heavy modules load only when a command needs them. The inspection engine (parsers, grammars, rules
 * evaluation) is imported by the service on the first cache miss; the policy's stages (npm's fetcher, the
 * unpacker) only past the doctor probe; report rendering reads rule metadata through the loader alone.
 * Walks the static relative imports of the sources, like test/gateway/startup-imports.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(__dirname, '../../src');

function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) visit(path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')));
  };
  visit(path.join(src, entry));
  return [...seen].map((f) => path.relative(src, f).split(path.sep).join('/'));
}

/** The engine proper: everything under inspect/ but the rules loader and suppressions, and the emulator. */
// The rules loader (with its YAML digest) and what it validates rules against (schema, signal ids, the effect vocabulary: data, no parsers).
const isEngine = (f: string) => (f.startsWith('inspect/') && !f.startsWith('inspect/rules/load') && f !== 'inspect/rules/yaml-digest.ts' && f !== 'inspect/rules/schema.ts' && f !== 'inspect/suppressions.ts' && !f.startsWith('inspect/signal-ids') && f !== 'inspect/effects/vocabulary.ts') || f.startsWith('emulate/');

describe('what loads when', () => {
  it('the policy command reaches neither the engine nor the stages before the doctor probe is answered', () => {
    const files = staticImports('cli/commands/policy.ts');
    expect(files).toContain('openclaw/policy/run-policy.ts');
    expect(files.filter(isEngine)).toEqual([]);
    expect(files.filter((f) => f.startsWith('openclaw/policy/stages/') || f === 'openclaw/policy/evaluate.ts' || f.startsWith('engine/') || f.startsWith('fetch/registry'))).toEqual([]);
  });

  it('the inspection service imports the engine only on a miss (dynamically)', () => {
    expect(staticImports('engine/index.ts').filter(isEngine)).toEqual([]);
  });

  it('plugins install and inspect reach the engine only through the service (a cached tree never loads it)', () => {
    expect(staticImports('cli/commands/plugins.ts').filter(isEngine)).toEqual([]);
    // The commands import their pipeline when they run (cli/commands/plugins/core.ts); from there, the service.
    for (const entry of ['install/install-plugin.ts', 'install/inspect-plugin.ts']) {
      const files = staticImports(entry);
      expect(files, entry).toContain('engine/service.ts');
      expect(files.filter(isEngine), entry).toEqual([]);
    }
  });

  it('skills scan and report rendering load the rules loader, not the engine', () => {
    expect(staticImports('cli/commands/skills.ts').filter(isEngine)).toEqual([]);
    expect(staticImports('report/format.ts').filter(isEngine)).toEqual([]);
  });
});
