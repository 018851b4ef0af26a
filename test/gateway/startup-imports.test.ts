import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `gateway check` runs before every gateway start: its CLI module must not reach the inspection engine (the
 * parsers alone cost ~0.3 s of CPU to load). Walks the static relative imports of the sources from the command.
 */
const src = path.resolve(__dirname, '../../src');

function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm))
      visit(path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return seen;
}

describe('gateway check start-up', () => {
  it('the command module loads neither the inspection engine nor the installer', () => {
    const files = [...staticImports(path.join(src, 'cli/commands/gateway.ts'))].map((f) => path.relative(src, f).split(path.sep).join('/'));
    expect(files).toContain('gateway/check.ts');
    expect(files).toContain('ledger/manifest.ts');
    // The commit journal (install/transaction, staging, fault points) is state machinery that quarantine shares so a
    // killed quarantine rolls back like an install; it loads only node built-ins and the state modules. The rest of
    // the installer (resolve, fetch, tree, npm) must not load.
    // staging.ts re-exports the scratch dir of `plugins inspect` (install/scratch.ts: node built-ins only).
    const JOURNAL = new Set(['install/transaction.ts', 'install/staging.ts', 'install/fault-injection.ts', 'install/scratch.ts']);
    const heavy = files.filter((f) => (f.startsWith('inspect/') && f !== 'inspect/suppressions.ts') || (f.startsWith('install/') && !JOURNAL.has(f)));
    expect(heavy).toEqual([]);
    expect(files.some((f) => /^(?:resolve|fetch|tree|unpack)\//.test(f))).toBe(false);
  });
});
