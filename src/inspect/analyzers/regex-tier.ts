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
const ONE_BYTE_SUBJECT = ' '.repeat(1024);
const TWO_BYTE_SUBJECT = ' '.repeat(1023) + '\u2003';
const WIDE = /[^\0-\xff]/;

export function compileOnFirstUse(patterns: () => Iterable<RegExp>): (text: string) => void {
  let done = false;
  return (text) => {
    if (done) return;
    done = true;
    const subject = WIDE.test(text) ? TWO_BYTE_SUBJECT : ONE_BYTE_SUBJECT;
    for (const re of patterns()) {
      const at = re.lastIndex;
      re.test(subject);
      re.lastIndex = at;
    }
  };
}

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
