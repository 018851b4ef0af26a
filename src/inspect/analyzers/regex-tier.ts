/**
 * The first match of a regular expression costs more than all later ones: V8 compiles it on first use, and on a
 * short subject it first generates (and peephole-optimises) bytecode for its interpreter, then compiles machine code
 * on the next run. For the engine's large alternations (case-insensitive, in a dozen languages) that bytecode costs
 * several times the machine code: a 1.7 KB pattern took ~13 ms to its first match on a 90-character line and ~2 ms
 * when V8 compiled it to machine code at once, which V8 does when the first subject is 1000 characters or longer.
 * A one-skill scan runs ~170 such patterns, each on a few hundred bytes, so it paid for their bytecode.
 *
 * `compileOnFirstUse(patterns)` returns a function that, the first time it is called, runs each pattern once on a
 * blank subject of that length, so V8 compiles machine code and never the bytecode. V8 compiles a pattern once per
 * string representation (one byte per character, or two); the blank subject takes the representation of the text
 * the caller is about to match (most SKILL.md files hold an emoji or a typographic quote, so two), and a text of the
 * other kind later compiles straight to machine code as well. Matching is unchanged (the pattern's `lastIndex` is
 * restored) and no V8 flag is touched (a flag changed at run time crashed Node 20, d3b28cf).
 * A module calls it at the entry points that run its patterns on every text they see; patterns that run only
 * sometimes are left to V8, since compiling one that never runs is the one cost this can add.
 */
import { fileURLToPath } from 'node:url';
import { readArtifact } from '../../core/artifact.js';

/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ONE_BYTE_SUBJECT = ' '.repeat(1024);
const TWO_BYTE_SUBJECT = ' '.repeat(1023) + '\u2003';
const WIDE = /[^\0-\xff]/;

export function compileOnFirstUse(patterns: () => Iterable<RegExp>): (text: string) => void {
  let done = false;
  return (text) => {
    if (done) return;
    done = true;
    for (const re of patterns()) compileForText(re, text);
  };
}

/**
 * One pattern compiled as `compileOnFirstUse` does, before its first run on `text`: what a gated pattern needs
 * (`mayMatch` calls it when the gate first lets a text through), so a pattern whose gate no text passes is never
 * compiled. A benign skill's prose passes few of them: a cold one-skill scan compiled 38-61 of its ~140 patterns
 * for nothing, 7-22 ms of CPU.
 */
export function compileForText(re: RegExp, text: string): void {
  if (COMPILED.has(re)) return;
  COMPILED.add(re);
  const at = re.lastIndex;
  re.test(WIDE.test(text) ? TWO_BYTE_SUBJECT : ONE_BYTE_SUBJECT);
  re.lastIndex = at;
}
const COMPILED = new WeakSet<RegExp>();

/**
 * Word lookups of the prefilters (the shell gates, the content needles): many words asked of one lower-cased text.
 * The three-character sequences of the last text asked about are hashed into 64K slots, stamped with a generation so
 * the table is never cleared: a word one of whose sequences the text lacks is not in it, without searching for it;
 * the others are searched (`includes`), so a hash collision only costs that search.
 */
const TRIGRAMS = new Uint32Array(1 << 16);
let trigramGen = 0;
let trigramText: string | undefined;
const tri = (a: number, b: number, c: number): number => (a * 961 + b * 31 + c) & 0xffff;
function indexTrigrams(s: string): void {
  if (trigramText === s) return;
  trigramText = s;
  if (++trigramGen === 0xffffffff) {
    TRIGRAMS.fill(0);
    trigramGen = 1;
  }
  const g = trigramGen;
  let a = s.charCodeAt(0);
  let b = s.charCodeAt(1);
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    TRIGRAMS[tri(a, b, c)] = g;
    a = b;
    b = c;
  }
}
function holds(s: string, w: string): boolean {
  const g = trigramGen;
  for (let i = 2; i < w.length; i++) if (TRIGRAMS[tri(w.charCodeAt(i - 2), w.charCodeAt(i - 1), w.charCodeAt(i))] !== g) return false;
  return s.includes(w);
}

/**
 * `text.includes(word)`: false at once when the word has a three-character sequence the text lacks, else searched.
 */
export function containsWord(text: string, word: string): boolean {
  indexTrigrams(text);
  return holds(text, word);
}

let lowerOfText: string | undefined;
let lowerText = '';
/** `text.toLowerCase()`, remembered for the last text (the analyzers lower-case the same text one after another). */
export function lowerCased(text: string): string {
  if (lowerOfText !== text) {
    lowerOfText = text;
    lowerText = text.toLowerCase();
  }
  return lowerText;
}

/**
 * Words a regular expression's every match needs, read off its source: groups of strings such that any text the
 * pattern matches holds, for each group, one of its strings (lower-cased, to look up in the lower-cased text).
 * `/\b(copy|paste|run)\b[^.\n]{0,80}?\bin\s+(?:a\s+)?(terminal|shell)\b/i` needs [copy, paste, run], [in], and
 * [terminal, shell]. A text missing a group cannot match, so the pattern is not run on it (RE2's and Hyperscan's
 * prefilters, for JavaScript's syntax). What the reader does not follow (a class escape, a backreference, a
 * quantified group that may be absent) requires nothing; a lookahead's words are required of the text, where they
 * must be too. Groups shorter than three characters are dropped (nearly every text holds them; two CJK characters are kept), and so are strings
 * whose case the text's lower-casing may not map as the pattern folds it (non-ASCII letters under `i`, `k` and
 * `s` under `iu`, the Greek sigmas). Dropping a group only weakens the filter; it never skips a text that matches.
 */
export function requiredWords(re: RegExp): string[][] {
  const usable = usableWord(re.flags);
  let out: string[][];
  try {
    const r = new RequiredWords(re.source, re.flags, usable).read();
    out = [...r.and, ...(r.exact ? [r.exact] : [])];
  } catch {
    return [];
  }
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const g of out) {
    const words = [...new Set(g.map((w) => w.toLowerCase()))];
    if (!words.length || !words.every(usable)) continue;
    const key = words.sort().join('\0');
    if (!seen.has(key)) groups.push(words), seen.add(key);
  }
  return groups;
}

/**
 * Whether a text holding a match of the word holds the word lower-cased: three characters or more, and none whose
 * case the pattern folds otherwise than `toLowerCase` does (and no Σ, which lower-cases by its position in a word).
 * Case-insensitive patterns compare upper-cased characters:
 * the Greek letters with two lower-case forms (σ/ς, µ/μ, ϐ/β …), the long s, the dotted and dotless i, the Kelvin and
 * Ångström signs and ß do not lower-case to one form, and with `u` or `v` Unicode folding also maps k and s from
 * other letters. Outside those, lower-casing maps every character on its own, so it keeps a substring.
 */
function usableWord(flags: string): (w: string) => boolean {
  const ci = flags.includes('i');
  const unicode = flags.includes('u') || flags.includes('v');
  return (w) => {
    // (two characters of a script without case or spaces between words, Chinese, Japanese or Korean, are a word as
    // specific as three Latin letters: 密码, 秘密, 비번)
    if (w.length < 3 && !(w.length === 2 && /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2}$/.test(w))) return false;
    // Σ lower-cases by context (σ inside a word, ς at its end)
    if (!ci) return !/[Σσς]/.test(w);
    if (/[\u0370-\u03ff\u1f00-\u1fffµſıİKÅẞß]/.test(w)) return false;
    if (unicode && (/[ks]/i.test(w) || /[^\0-\x7f]/.test(w))) return false;
    return true;
  };
}

/**
 * Whether `re` can match `text` as far as its required words tell: false when the text lacks one of its groups.
 * The groups are read off the pattern on its first use and kept for the process. A pattern let through is
 * compiled for the text first (`compileForText`): a gated pattern is left out of its module's `compileOnFirstUse`.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let groups = GATES.get(re);
  if (!groups) GATES.set(re, (groups = builtGates()?.get(gateKey(re)) ?? requiredWords(re)));
  if (groups.length) {
    const lower = lowerCased(text);
    if (!groups.every((g) => g.some((w) => containsWord(lower, w)))) return false;
  }
  compileForText(re, text);
  return true;
}
const GATES = new WeakMap<RegExp, string[][]>();

/**
 * The gated patterns' groups, read at build time (scripts/compile-rules.mjs writes `regex-gates.json` beside this
 * module in dist/): reading the engine's ~30 long prose patterns costs ~35-45 ms of CPU per process, more than
 * compiling them. The table is keyed by each pattern's flags and source, so an edited pattern is simply not in it,
 * and it is used only while it was written by this very reader (the reader's own code is in it); otherwise
 * every pattern is read at run time, as before.
 */
export const REGEX_GATES_FILE = fileURLToPath(new URL('./regex-gates.json', import.meta.url));
export const REGEX_GATES_FORMAT = 'clawguard-regex-gates-v1';

export interface RegexGatesTable {
  format: typeof REGEX_GATES_FORMAT;
  /** `gateReader()`: the code that read the groups. */
  reader: string;
  gates: Record<string, string[][]>;
}

export const gateKey = (re: RegExp): string => `${re.flags}/${asciiRegExpSource(re.source)}`;

/**
 * A pattern's source with each character outside ASCII written as `\uXXXX` (per UTF-16 unit; an identity escape of
 * one, `\é`, as the character's escape): the same pattern. The launcher's bundles are written so (scripts/lib/
 * ascii-source.mjs), and a gate's key is the same whichever way its pattern was written.
 */
export function asciiRegExpSource(source: string): string {
  if (!/[^\0-\x7f]/.test(source)) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const escaped = c === '\\' && i + 1 < source.length;
    const ch = escaped ? source[++i]! : c;
    const code = ch.charCodeAt(0);
    out += code > 0x7f ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : escaped ? c + ch : ch;
  }
  return out;
}

/**
 * The code that reads a pattern's groups, as its source text: a table written by other code is not used. Kept
 * whole rather than hashed: comparing ~15 KB of text costs microseconds, hashing it in a cold process ~3 ms.
 */
export function gateReader(): string {
  return [requiredWords, usableWord, bestGroup, RequiredWords, MAX_EXACT, MAX_GROUP].map(String).join('\n');
}

/** The table as the build writes it: every pattern's groups read now. */
export function compileGateTable(patterns: Iterable<RegExp>): RegexGatesTable {
  const gates: Record<string, string[][]> = {};
  for (const re of patterns) gates[gateKey(re)] = requiredWords(re);
  return { format: REGEX_GATES_FORMAT, reader: gateReader(), gates };
}

/** The groups by pattern from `file`, or undefined when it is missing, unreadable or written by other code. */
export function gatesFromArtifact(file = REGEX_GATES_FILE): Map<string, string[][]> | undefined {
  const table = readArtifact<RegexGatesTable>(file, REGEX_GATES_FORMAT);
  if (!table?.gates || typeof table.gates !== 'object') return undefined;
  if (table.reader !== gateReader()) return undefined;
  return new Map(Object.entries(table.gates));
}

let built: Map<string, string[][]> | null | undefined;
function builtGates(): Map<string, string[][]> | undefined {
  if (built === undefined) built = gatesFromArtifact() ?? null;
  return built ?? undefined;
}

/** What a piece of a pattern needs: `exact` lists every string it can match (when few), `and` the groups of words. */
interface Need {
  exact?: string[];
  and: string[][];
}
const ANY: Need = { and: [] };
const NOTHING: Need = { exact: [''], and: [] };
const MAX_EXACT = 64;
const MAX_GROUP = 256;

class RequiredWords {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
    private readonly usable: (w: string) => boolean,
  ) {}

  read(): Need {
    const n = this.alternation();
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return n;
  }

  private alternation(): Need {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0];
    if (alts.every((a) => a.exact)) {
      const all = [...new Set(alts.flatMap((a) => a.exact!))];
      if (all.length <= MAX_EXACT) return { exact: all, and: [] };
    }
    // One group per alternative (its most selective), joined: every match holds a word of one of them.
    const union = new Set<string>();
    for (const a of alts) {
      const best = bestGroup([...a.and, ...(a.exact ? [a.exact] : [])], this.usable);
      if (!best) return ANY;
      for (const w of best) union.add(w);
    }
    return union.size <= MAX_GROUP ? { and: [[...union]] } : ANY;
  }

  private sequence(): Need {
    const and: string[][] = [];
    let cur: string[] = [''];
    let exact = true;
    const flush = () => {
      if (!cur.includes('')) and.push(cur);
      cur = [''];
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      and.push(...item.and);
      if (item.exact) {
        if (cur.length * item.exact.length <= MAX_EXACT) cur = cur.flatMap((a) => item.exact!.map((b) => a + b));
        else {
          flush();
          cur = item.exact;
        }
      } else {
        flush();
        exact = false;
      }
    }
    if (exact) return { exact: cur, and };
    flush();
    return { and };
  }

  private quantified(n: Need): Need {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(s.slice(this.i))) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i))!;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else return n;
    if (s[this.i] === '?') this.i++;
    // `x?` of a fixed piece is that piece or nothing; any other optional piece requires nothing
    if (min === 0) return n.exact && max === 1 && n.exact.length < MAX_EXACT ? { exact: [...new Set([...n.exact, ''])], and: [] } : ANY;
    if (min === 1 && max === 1) return n;
    return { and: [...n.and, ...(n.exact ? [n.exact] : [])] };
  }

  private atom(): Need {
    const s = this.src;
    const c = s[this.i++];
    switch (c) {
      case '(': {
        let look: 'pos' | 'neg' | undefined;
        if (s.startsWith('?:', this.i)) this.i += 2;
        else if (s.startsWith('?=', this.i) || s.startsWith('?<=', this.i)) {
          look = 'pos';
          this.i += s[this.i + 1] === '<' ? 3 : 2;
        } else if (s.startsWith('?!', this.i) || s.startsWith('?<!', this.i)) {
          look = 'neg';
          this.i += s[this.i + 1] === '<' ? 3 : 2;
        } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
        else if (s[this.i] === '?') throw new Error('group modifier');
        const inner = this.alternation();
        if (s[this.i++] !== ')') throw new Error('unclosed group');
        if (look === 'neg') return NOTHING;
        // a lookaround's words are in the text, not in the match
        if (look === 'pos') return { exact: [''], and: [...inner.and, ...(inner.exact ? [inner.exact] : [])] };
        return inner;
      }
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return NOTHING;
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
        throw new Error('unexpected ' + c);
      default:
        return { exact: [c], and: [] };
    }
  }

  private charClass(): Need {
    const s = this.src;
    if (this.flags.includes('v')) throw new Error('set notation');
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let plain = !negated;
    let first = true;
    while (this.i < s.length && (s[this.i] !== ']' || first)) {
      first = false;
      let ch = s[this.i++];
      if (ch === '\\') {
        const lit = this.escapedChar();
        if (lit === undefined) plain = false;
        else ch = lit;
        if (lit === undefined) continue;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        plain = false;
        this.i++;
        if (s[this.i++] === '\\') this.escapedChar();
        continue;
      }
      chars.push(ch);
    }
    if (s[this.i++] !== ']') throw new Error('unclosed class');
    const set = [...new Set(chars)];
    return plain && set.length > 0 && set.length <= 8 ? { exact: set, and: [] } : ANY;
  }

  /** After a backslash: the character an escape stands for, or undefined for a class (`\w`) or an assertion. */
  private escapedChar(): string | undefined {
    const s = this.src;
    const c = s[this.i++];
    const hex = (n: number) => {
      const h = s.slice(this.i, this.i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) throw new Error('bad escape');
      this.i += n;
      return String.fromCharCode(parseInt(h, 16));
    };
    switch (c) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'b': case 'B': case 'p': case 'P': case 'k':
        if ((c === 'p' || c === 'P' || c === 'k') && s[this.i] === (c === 'k' ? '<' : '{')) this.i = s.indexOf(c === 'k' ? '>' : '}', this.i) + 1;
        return undefined;
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case '0': return '\0';
      case 'x': return hex(2);
      case 'u':
        if (s[this.i] === '{') {
          const end = s.indexOf('}', this.i);
          const cp = parseInt(s.slice(this.i + 1, end), 16);
          this.i = end + 1;
          return String.fromCodePoint(cp);
        }
        return hex(4);
      case 'c':
        throw new Error('control escape');
      default:
        if (/[1-9]/.test(c)) throw new Error('backreference');
        return c;
    }
  }

  private escape(): Need {
    const c = this.src[this.i];
    if (c === 'b' || c === 'B') {
      this.i++;
      return NOTHING;
    }
    if (/[1-9]/.test(c) || (c === 'k' && this.src[this.i + 1] === '<')) {
      this.i++;
      if (c === 'k') this.i = this.src.indexOf('>', this.i) + 1;
      else while (/\d/.test(this.src[this.i] ?? '')) this.i++;
      return ANY;
    }
    const lit = this.escapedChar();
    return lit === undefined ? ANY : { exact: [lit], and: [] };
  }
}

/** The group a text is least likely to hold: the longest shortest word, then the fewest words. */
function bestGroup(groups: string[][], usable: (w: string) => boolean): string[] | undefined {
  let best: string[] | undefined;
  let score = 0;
  for (const g of groups) {
    if (!g.length || !g.every((w) => usable(w.toLowerCase()))) continue;
    const s = Math.min(...g.map((w) => w.length)) * 1000 - g.length;
    if (!best || s > score) [best, score] = [g, s];
  }
  return best;
}
