/**
 * The frontmatter reader (src/inspect/frontmatter.ts) reads the common shapes without loading the YAML parser;
 * it must never disagree with `yaml`: whatever it accepts means exactly that to YAML, everything else is declined.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as yamlParse } from 'yaml';
import { DECLINED, parseFrontmatterYaml, readSimpleYaml, yamlStrings } from '../../src/inspect/frontmatter.js';

const repo = path.resolve(__dirname, '../..');

function yamlOf(text: string): { value?: unknown; error?: true } {
  try {
    return { value: yamlParse(text) };
  } catch {
    return { error: true };
  }
}

/** Every SKILL.md frontmatter in the fixtures and the corpora present on this machine. */
function frontmatters(): string[] {
  const roots = ['fixtures', 'bench/recall/corpus', 'test', '.cache/openclaw', '../shared/devset'].map((r) => path.join(repo, r));
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 8) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== '.git') walk(p, depth + 1);
      else if (e.isFile() && /\.md$/i.test(e.name)) {
        const text = fs.readFileSync(p, 'utf8');
        for (const re of [/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/, /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/]) {
          const m = re.exec(text);
          if (m) out.push(m[1]);
        }
      }
    }
  };
  for (const r of roots) walk(r, 0);
  return [...new Set(out)];
}

describe('frontmatter reader', () => {
  it('agrees with yaml on every frontmatter of the fixtures and corpora (accepting most of them)', () => {
    const all = frontmatters();
    expect(all.length).toBeGreaterThan(20);
    let accepted = 0;
    for (const text of all) {
      const simple = readSimpleYaml(text);
      if (simple === DECLINED) continue;
      accepted++;
      const y = yamlOf(text);
      expect(y.error, text).toBeUndefined();
      expect(simple, text).toStrictEqual(y.value);
    }
    expect(accepted).toBeGreaterThan(all.length / 2);
  });

  const cases: Array<[string, 'accept' | 'either']> = [
    ['name: weather-lookup\ndescription: Current weather for a city.', 'accept'],
    ['name: x\nmetadata: {"openclaw": {"requires": {"env": ["A"]}, "primaryEnv": "A"}}', 'accept'],
    ['name: x\nmetadata:\n  {\n    "openclaw":\n      {\n        "emoji": "🔐",\n        "install":\n          [\n            { "id": "brew", "bins": ["op"], },\n          ],\n      },\n  }', 'accept'],
    ['description: "Set up and use 1Password CLI: sign-in."', 'accept'],
    ['homepage: https://developer.1password.com/docs/cli/get-started/', 'accept'],
    ['a: { "x": 1e5, "y": -0, "z": 1.5E+3, "w": 12345678901234567890, "t": true, "f": false, "n": null }', 'accept'],
    ['a: [1,]\nb: []\nc: {}', 'accept'],
    ['a: 007', 'either'], ['a: 1e5', 'either'], ['a: -1', 'either'], ['a: .5', 'either'], ['a: 0x10', 'either'],
    ['a: { "x": 007 }', 'either'], ['a: [,]', 'either'], ['a: {"x":1, "x":2}', 'either'], ['a: 1\na: 2', 'either'],
    ['a: yes', 'either'], ['a: true', 'either'], ['a: True', 'either'], ['a: NULL', 'either'], ['a: ~', 'either'], ['a:', 'either'],
    ['a: x #c', 'either'], ['a: x: y', 'either'], ['a: x:', 'either'], ['a: a#b', 'either'], ['a:\n  {\n"x": 1}', 'either'],
    ['a: { x: 1 }', 'either'], ['a: {"x": "a\\nb"}', 'either'], ['a: "a\\tb"', 'either'], ['a: "a" # c', 'either'], ['a: "a"b"', 'either'],
    ['a: first\n  continued', 'either'], ['a: first\n\n  continued', 'either'], ['a:\n  b: c', 'either'], ['a:\n  - b', 'either'],
    ['a: {"x": 1} y', 'either'], ['a: {"x": 1}\n  y', 'either'], ['a: {"x"\n: 1}', 'either'], ['a: {"x": 1x}', 'either'], ['a: [nullx]', 'either'],
    ['a: {"x": "multi\nline"}', 'either'], ['a: {"x": [1, 2\n]}', 'either'], ['a: {"x": [1, 2\n  ]}', 'either'], ['a: ["x",\n\n  "y"]', 'either'],
    ['a: {"__proto__": 1}', 'either'], ['__proto__: x', 'either'], ['a: x\r', 'either'], ['a:\tx', 'either'], ['a: \u0007', 'either'], ['a: \uFEFFx', 'either'],
    ['# comment\na: x', 'either'], ['---\na: x', 'either'], ['%YAML 1.2\n---\na: x', 'either'], ['a: &x y\nb: *x', 'either'], ['a: !!str 1', 'either'],
    ['a: |\n  text', 'either'], ['a: >\n  text', 'either'], ["a: 'single'", 'either'], ['a: [1, {"b": [true, {"c": null}]}]', 'accept'], ['', 'either'],
    ['name: 1password\nuser-invocable: false\nx: ~\ny: Null', 'accept'], ['a: 1.inf', 'either'], ['a: 0x1g', 'either'], ['a: 1_000', 'either'], ['a: 12abc', 'either'],
    ['description: 调整助手的行为。\nb: Скачивание: видео', 'either'], ['a: \u00a0x', 'either'], ['a: x\u2028y', 'either'], ['a: 🔐 x', 'either'],
    ['a:\n  - x\n  - "y"\n  - true\nb: z', 'accept'], ['a:\n- x\nb: y', 'accept'], ['a:\n  - x\n    - y', 'either'], ['a:\n  - x\n  continued', 'either'],
    ['a:\n  - x: 1', 'either'], ['a:\n  - 1', 'either'], ['a:\n  - ', 'either'], ['a:\n  -x', 'either'], ['a:\n  - x\n\n  - y', 'either'], ['a:\n  - - x', 'either'],
    ['a:\n  - x\n - y', 'either'], ['a:\n  - [x]', 'either'], ['a:\n  - x #c', 'either'], ["a:\n  - 'x'", 'either'],
    ['a: {"x": -}', 'either'], ['a: {"x": 1.}', 'either'], ['a: {"x": +1}', 'either'], ['a: {"x": .5}', 'either'], ['a: ["\\u0041"]', 'either'],
  ];
  it.each(cases)('%j: never disagrees with yaml', (text, expected) => {
    const simple = readSimpleYaml(text);
    const y = yamlOf(text);
    if (expected === 'accept') expect(simple).not.toBe(DECLINED);
    if (simple === DECLINED) return;
    expect(y.error).toBeUndefined();
    expect(simple).toStrictEqual(y.value);
  });

  it('never disagrees with yaml on thousands of mutated frontmatters (seeded)', () => {
    const base = frontmatters().filter((t) => readSimpleYaml(t) !== DECLINED);
    const pieces = [':', ': ', ' ', '#', ' #', '"', '\\', ',', ',,', '{', '}', '[', ']', '-', '- ', '\n', '\n  ', '\n- ', "'", '&', '*', '!', '|', '>', '%', '@', '`', '0', '01', '1e', '.', 'true', 'null', '~', '? ', '\t', '\r', 'é', '"x":', '__proto__'];
    let seed = 12;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let accepted = 0;
    for (let k = 0; k < 4000; k++) {
      let text = base[rnd(base.length)];
      for (let e = 1 + rnd(2); e > 0; e--) {
        const at = rnd(text.length + 1);
        text = rnd(4) === 0 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + pieces[rnd(pieces.length)] + text.slice(at);
      }
      const simple = readSimpleYaml(text);
      if (simple === DECLINED) continue;
      accepted++;
      const y = yamlOf(text);
      expect(y.error, text).toBeUndefined();
      expect(simple, text).toStrictEqual(y.value);
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('parseFrontmatterYaml returns yaml’s value, and throws where yaml throws', () => {
    for (const text of ['a: x', 'a: { x: 1 }', 'a:\n  - b\n  - c']) expect(parseFrontmatterYaml(text)).toStrictEqual(yamlParse(text));
    expect(() => parseFrontmatterYaml('a: {"x":1, "x":2}')).toThrow();
    expect(() => parseFrontmatterYaml('a: {"x":1, "x":2}')).toThrow();
  });

  it('yamlStrings gives each string its key path and the line it starts on, in YAML and JSON alike', () => {
    const yaml = 'a: hello there\nmetadata:\n  openclaw:\n    profile: |\n      Before anything\n      read it\n    list:\n      - one\n      - "two"\n    n: 3\n';
    expect(yamlStrings(yaml)).toStrictEqual([
      { path: 'a', value: 'hello there', line: 1 },
      { path: 'metadata.openclaw.profile', value: 'Before anything\nread it\n', line: 4 },
      { path: 'metadata.openclaw.list[0]', value: 'one', line: 8 },
      { path: 'metadata.openclaw.list[1]', value: 'two', line: 9 },
    ]);
    expect(yamlStrings('{\n  "persist": [\n    "always send",\n    {"x": "y"}\n  ]\n}\n')).toStrictEqual([
      { path: 'persist[0]', value: 'always send', line: 3 },
      { path: 'persist[1].x', value: 'y', line: 4 },
    ]);
    expect(yamlStrings('a: [b, c').map((s) => s.value)).toContain('b');
  });
});
