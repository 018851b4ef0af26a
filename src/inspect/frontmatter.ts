/**
 * The YAML of a markdown file's frontmatter, parsed once per text: the skill analyzer and the prose translator
 * both read it.
 *
 * Loading the YAML parser costs ~60-100 ms of CPU, more than inspecting a small skill, and nearly every skill's
 * frontmatter is the same few shapes: `key: plain text`, `key: "text"`, and `metadata:` as a JSON-like flow
 * mapping (double-quoted keys and strings, numbers, true/false/null, trailing commas). Those shapes are read
 * here directly, with YAML's meaning (core schema); anything else — a comment, an escape, a block collection,
 * a multi-line scalar, a duplicate key, a value the core schema would read as a number or a boolean — is
 * declined and handed to the YAML parser, loaded on first use. A test holds the reader to `yaml`'s result on
 * every frontmatter in the fixtures and corpora, and on the edge cases that decide between the two.
 */
import { createRequire } from 'node:module';

const requireLazy = createRequire(import.meta.url);
let parse: typeof import('yaml').parse | undefined;

let last: { text: string; value?: unknown; error?: unknown } | undefined;

/** `yaml`'s `parse(text)`; throws what it throws. The last text's result is reused (callers only read it). */
export function parseFrontmatterYaml(text: string): unknown {
  if (last?.text !== text) {
    const simple = readSimpleYaml(text);
    if (simple !== DECLINED) last = { text, value: simple };
    else {
      parse ??= (requireLazy('yaml') as typeof import('yaml')).parse;
      try {
        last = { text, value: parse(text) };
      } catch (error) {
        last = { text, error };
      }
    }
  }
  if ('error' in last) throw last.error;
  return last.value;
}

export const DECLINED: unique symbol = Symbol('declined');

/** A skill's `homepage` as its frontmatter gives it (read without parsing the YAML), or undefined. */
export function skillHomepage(text: string): string | undefined {
  return /^\uFEFF?---[\s\S]*?^homepage:\s*["']?([^\s"']+)/m.exec(text)?.[1];
}

/** Characters YAML accepts in a stream, minus tab and CR (declined: they change indentation and line rules). */
const UNPRINTABLE = /[\u2028\u2029]|[^\n\x20-\x7e\u{a0}-\u{d7ff}\u{e000}-\u{fefe}\u{ff00}-\u{fffd}\u{10000}-\u{10ffff}]/u;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /true|false|null/y;
const MAX_DEPTH = 64;

/**
 * The frontmatter's value when it is one of the simple shapes (see the module comment), else DECLINED.
 * Never wrong, only declining: every accepted text means to YAML exactly what is returned.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | typeof DECLINED {
  if (!text || UNPRINTABLE.test(text)) return DECLINED;
  const lines = text.split('\n');
  const out: Record<string, unknown> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const m = KEY_LINE.exec(line);
    if (!m || m[1] === '__proto__' || Object.prototype.hasOwnProperty.call(out, m[1])) return DECLINED;
    const rest = (m[2] ?? '').trimEnd();
    const item = rest === '' && i + 1 < lines.length ? /^( *)- /.exec(lines[i + 1]) : null;
    if (item) {
      // A block sequence of one-line scalars (`capabilities:` / `  - file.read`).
      const items: unknown[] = [];
      const prefix = `${item[1]}- `;
      let j = i + 1;
      for (; j < lines.length && lines[j].startsWith(prefix); j++) {
        if (j + 1 < lines.length && /^\s/.test(lines[j + 1]) && !lines[j + 1].startsWith(prefix)) return DECLINED;
        const v = scalar(lines[j].slice(prefix.length).trimEnd());
        if (v === DECLINED) return DECLINED;
        items.push(v);
      }
      out[m[1]] = items;
      i = j - 1;
      continue;
    }
    if (rest === '' || rest[0] === '{' || rest[0] === '[') {
      // A flow collection, on this line or starting on the next (indented) ones.
      let j = i;
      let src = rest;
      if (rest === '') {
        j = i + 1;
        if (j >= lines.length || !/^ +[[{]/.test(lines[j])) return DECLINED;
        src = lines[j];
      }
      // Collect lines until the collection closes; continuation lines are indented and never blank.
      // Each read parses from the start: it is asked only when the text so far could hold the whole collection
      // (see FlowReader.mayClose); before that it would answer MORE or DECLINED, and a declined prefix declines
      // every longer one.
      const flow = new FlowReader(src);
      let value = flow.mayClose() ? flow.read() : MORE;
      while (value === MORE) {
        j++;
        if (j >= lines.length || !/^ +\S/.test(lines[j])) return DECLINED;
        flow.append(lines[j]);
        value = flow.mayClose() ? flow.read() : MORE;
      }
      if (value === DECLINED) return DECLINED;
      out[m[1]] = value;
      i = j;
      continue;
    }
    // A scalar on one line; the next line must not continue it.
    if (i + 1 < lines.length && /^\s/.test(lines[i + 1])) return DECLINED;
    const value = scalar(rest);
    if (value === DECLINED) return DECLINED;
    out[m[1]] = value;
  }
  return Object.keys(out).length ? out : DECLINED;
}

/**
 * One scalar on one line, as the core schema reads it: a double-quoted string without escapes, true/false/null
 * in their spellings, or a plain string that cannot be anything else (it starts with a letter, or with a digit
 * and holds a letter no number has). Numbers, other quoting, comments and anything with `: ` decline.
 */
function scalar(rest: string): unknown {
  if (rest === '') return DECLINED;
  if (rest[0] === '"') {
    if (rest.length < 2 || !rest.endsWith('"') || rest.slice(1, -1).includes('"') || rest.includes('\\')) return DECLINED;
    return rest.slice(1, -1);
  }
  if (BOOL_OR_NULL.has(rest)) return BOOL_OR_NULL.get(rest);
  if (rest.includes(': ') || rest.endsWith(':') || rest.includes('#')) return DECLINED;
  if (/^\p{L}/u.test(rest)) return rest;
  if (/^[0-9]/.test(rest) && /[g-np-wyzG-NP-WYZ]/.test(rest)) return rest;
  return DECLINED;
}

const BOOL_OR_NULL = new Map<string, boolean | null>([
  ...['true', 'True', 'TRUE'].map((w) => [w, true] as const),
  ...['false', 'False', 'FALSE'].map((w) => [w, false] as const),
  ...['null', 'Null', 'NULL', '~'].map((w) => [w, null] as const),
]);

const MORE: unique symbol = Symbol('more');

/** JSON-like flow collections as YAML reads them (trailing commas allowed); anything else declines. */
class FlowReader {
  private src: string;
  private pos = 0;
  constructor(first: string) {
    this.src = first;
  }
  append(line: string): void {
    this.src += `\n${line}`;
  }

  /**
   * False when read() cannot return a value: a whole collection ends with its closing bracket, and only spaces and
   * newlines may follow it.
   */
  mayClose(): boolean {
    let i = this.src.length - 1;
    while (i >= 0 && (this.src[i] === ' ' || this.src[i] === '\n')) i--;
    return i >= 0 && (this.src[i] === '}' || this.src[i] === ']');
  }

  /** The value when the text so far holds a whole collection and nothing after it; MORE when it is still open. */
  read(): unknown {
    this.pos = 0;
    try {
      const value = this.value(0);
      this.space();
      if (this.pos !== this.src.length) return DECLINED;
      return value;
    } catch (e) {
      if (e === MORE || e === DECLINED) return e;
      throw e;
    }
  }

  private space(): void {
    while (this.pos < this.src.length && (this.src[this.pos] === ' ' || this.src[this.pos] === '\n')) this.pos++;
  }

  private peek(): string {
    this.space();
    if (this.pos >= this.src.length) throw MORE;
    return this.src[this.pos];
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw DECLINED;
    const c = this.peek();
    if (c === '{') return this.map(depth);
    if (c === '[') return this.seq(depth);
    if (c === '"') return this.string();
    NUMBER.lastIndex = this.pos;
    const n = NUMBER.exec(this.src);
    if (n) {
      this.pos += n[0].length;
      this.end();
      return Number(n[0]);
    }
    WORD.lastIndex = this.pos;
    const w = WORD.exec(this.src);
    if (w) {
      this.pos += w[0].length;
      this.end();
      return w[0] === 'true' ? true : w[0] === 'false' ? false : null;
    }
    throw DECLINED;
  }

  /** A number or word ends at a space, a newline or a flow indicator (`1x` would be a plain scalar). */
  private end(): void {
    if (this.pos >= this.src.length) throw MORE;
    if (!/[ \n,\]}]/.test(this.src[this.pos])) throw DECLINED;
  }

  private string(): string {
    const close = this.src.indexOf('"', this.pos + 1);
    if (close === -1) {
      if (this.src.includes('\n', this.pos)) throw DECLINED; // a quoted string never spans lines here
      throw MORE;
    }
    const s = this.src.slice(this.pos + 1, close);
    if (s.includes('\\') || s.includes('\n')) throw DECLINED;
    this.pos = close + 1;
    return s;
  }

  private map(depth: number): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === '}') {
        this.pos++;
        return out;
      }
      if (!first) {
        if (c !== ',') throw DECLINED;
        this.pos++;
        if (this.peek() === '}') {
          this.pos++;
          return out;
        }
      }
      first = false;
      if (this.peek() !== '"') throw DECLINED;
      const key = this.string();
      if (this.src[this.pos] !== ':') throw this.pos >= this.src.length ? MORE : DECLINED;
      this.pos++;
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) throw DECLINED;
      out[key] = this.value(depth + 1);
    }
  }

  private seq(depth: number): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === ']') {
        this.pos++;
        return out;
      }
      if (!first) {
        if (c !== ',') throw DECLINED;
        this.pos++;
        if (this.peek() === ']') {
          this.pos++;
          return out;
        }
      }
      first = false;
      out.push(this.value(depth + 1));
    }
  }
}

let yamlLib: typeof import('yaml') | undefined;

/**
 * The strings of a YAML or JSON text (a front matter, a skill's data file), each with its key path
 * (`metadata.openclaw.profile`, `persist[2]`) and the line it starts on, counted from 1. Values are read by the
 * YAML parser, so keys, quotes, block scalars and flow collections mean what they mean to YAML; a text that does not
 * parse gives what it could read. Loads the parser, so callers ask only for a text they already have cause to read.
 */
export function yamlStrings(text: string, limit = 400): Array<{ path: string; value: string; line: number }> {
  yamlLib ??= requireLazy('yaml') as typeof import('yaml');
  const lines = new yamlLib.LineCounter();
  const doc = yamlLib.parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const out: Array<{ path: string; value: string; line: number }> = [];
  yamlLib.visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return undefined;
      if (out.length >= limit) return yamlLib!.visit.BREAK;
      const at: string[] = [];
      for (let i = 0; i < path.length; i++) {
        const p = path[i];
        if (yamlLib!.isPair(p)) at.push(String(yamlLib!.isScalar(p.key) ? p.key.value : p.key));
        else if (yamlLib!.isSeq(p)) {
          const child = path[i + 1] ?? node;
          at.push(`[${p.items.indexOf(child as never)}]`);
        }
      }
      out.push({ path: at.join('.').replace(/\.\[/g, '['), value: node.value, line: lines.linePos(node.range[0]).line });
      return undefined;
    },
  });
  return out;
}
