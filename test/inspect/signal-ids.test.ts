/**
 * SIGNAL_IDS (src/inspect/signal-ids.ts) is the vocabulary rules are checked against at load. It is kept honest
 * two ways: the ids the analyzer sources add (derived from the code) must equal the list, and every signal the
 * engine emits over all fixtures must be in it. A rule naming an unknown id is a load error naming the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isClawguardError } from '../../src/core/errors.js';
import { DEFAULT_RULES_DIR, inspectFileText, inspectPackageDir, inspectSkillDir, loadRules } from '../../src/inspect/index.js';
import { SIGNAL_IDS, isKnownSignalRef, signalRefsOf } from '../../src/inspect/signal-ids.js';

const repo = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-sigids-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file that adds signals (the effects model has its own vocabulary and is not listed). */
function emitterSources(): string[] {
  const dir = path.join(repo, 'src/inspect');
  const analyzers = fs.readdirSync(path.join(dir, 'analyzers')).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, 'analyzers', f));
  return [...analyzers, ...['target.ts', 'coverage.ts', 'signals.ts', 'analyze-file.ts', 'files.ts', 'index.ts'].map((f) => path.join(dir, f))];
}

/** Ids in the positions analyzers use: `.add('id'`, `id: 'id'`, `onNetwork('id'`, and both arms of `? 'a' : 'b'`. */
function derivedIds(): Set<string> {
  const out = new Set<string>();
  const ID = "'([a-z][a-z0-9-]*\\.[a-z0-9.-]+)'";
  const re = new RegExp(`(?:\\.add\\(\\s*|\\bid:\\s*|onNetwork\\()${ID}|\\?\\s*${ID}\\s*:\\s*${ID}`, 'g');
  for (const file of emitterSources()) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(re)) for (const id of m.slice(1)) if (id && !/\.(js|json|exe|md)$/.test(id)) out.add(id);
  }
  return out;
}

describe('signal ids', () => {
  it('the list equals the ids the analyzer sources add: none missing, none stale', () => {
    const derived = derivedIds();
    expect([...derived].filter((id) => !SIGNAL_IDS.has(id)).sort(), 'emitted but not in SIGNAL_IDS').toEqual([]);
    expect([...SIGNAL_IDS].filter((id) => !derived.has(id)).sort(), 'in SIGNAL_IDS but no analyzer adds it').toEqual([]);
  });

  it('every signal the engine emits over every fixture is in the list', async () => {
    const seen = new Set<string>();
    for (const name of fs.readdirSync(path.join(repo, 'fixtures/packages')).filter((n) => fs.existsSync(path.join(repo, 'fixtures/packages', n, 'package.json')))) for (const s of (await inspectPackageDir(path.join(repo, 'fixtures/packages', name))).signals) seen.add(s.id);
    for (const name of fs.readdirSync(path.join(repo, 'fixtures/skills'))) {
      const d = path.join(repo, 'fixtures/skills', name);
      if (fs.statSync(d).isDirectory()) for (const s of (await inspectSkillDir(d)).signals) seen.add(s.id);
    }
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    for (const f of walk(path.join(repo, 'fixtures/rules'))) {
      const text = fs.readFileSync(f, 'utf8');
      for (const target of ['package', 'skill'] as const) for (const s of inspectFileText(path.basename(f), text, { target }).signals) seen.add(s.id);
    }
    expect(seen.size).toBeGreaterThan(60);
    expect([...seen].filter((id) => !SIGNAL_IDS.has(id)).sort()).toEqual([]);
  });

  it('every shipped rule names only known signals', () => {
    const unknown = loadRules().flatMap((r) => signalRefsOf(r).filter((ref) => !isKnownSignalRef(ref)).map((ref) => `${r.id}: ${ref}`));
    expect(unknown).toEqual([]);
  });

  it('a rule naming an unknown signal (or a prefix nothing has) is a load error naming the rule file', () => {
    const good = fs.readFileSync(path.join(DEFAULT_RULES_DIR, 'threat-reverse-shell.yaml'), 'utf8');
    expect(good).toContain('shell.reverse-shell');
    const cases: Array<[string, string, RegExp]> = [
      ['typo', good.replace('shell.reverse-shell', 'shell.reverse-shel'), /names signal no analyzer emits: shell\.reverse-shel\b/],
      ['prefix', good.replace('shell.reverse-shell', 'nosuch.*'), /nosuch\.\*/],
      ['qualified', good.replace('shell.reverse-shell', 'shell.reverse-shel@install'), /shell\.reverse-shel@install/],
    ];
    for (const [name, text, re] of cases) {
      const dir = path.join(tmp, name);
      fs.mkdirSync(dir);
      const file = path.join(dir, 'threat-reverse-shell.yaml');
      fs.writeFileSync(file, text);
      try {
        loadRules(dir);
        expect.unreachable(`${name} should fail`);
      } catch (err) {
        expect(isClawguardError(err, 'ERULEFILE')).toBe(true);
        expect((err as { exitClass: string }).exitClass).toBe('input');
        expect((err as Error).message).toContain(file);
        expect((err as Error).message).toMatch(re);
      }
    }
    // Known ids with qualifiers and prefixes load.
    const ok = path.join(tmp, 'ok');
    fs.mkdirSync(ok);
    fs.writeFileSync(path.join(ok, 'threat-reverse-shell.yaml'), good.replace('shell.reverse-shell', 'shell.*@install'));
    expect(loadRules(ok).map((r) => r.id)).toEqual(['threat-reverse-shell']);
  });
});
