/**
 * The first match of a regular expression costs more than all later ones: V8 compiles it on first use, and on a
 * short subject it first generates (and peephole-optimises) bytecode for its interpreter, then compiles machine code
 * on the next run. For the engine's large alternations (case-insensitive, in a dozen languages) that bytecode costs
 * several times the machine code: a 1.7 KB pattern took ~13 ms to its first match on a 90-character line and ~2 ms
 * when V8 compiled it to machine code at once, which V8 does when the first subject is 1000 characters or longer.
 * A one-skill scan runs ~170 such patterns, each on a few hundred bytes, so it paid for their bytecode.
 *
 * `compileOnFirstUse(patterns)` returns a function that, the first time it is called, runs each pattern once on a
 * blank subject of that length, so V8 compiles machine code and never the bytecode. Matching is unchanged (the
 * pattern's `lastIndex` is restored) and no V8 flag is touched (a flag changed at run time crashed Node 20, d3b28cf).
 * A module calls it at the entry points that run its patterns on every file they see; patterns that run only
 * sometimes are left to V8, since compiling one that never runs is the one cost this can add.
 */
const LONG_SUBJECT = ' '.repeat(1024);

export function compileOnFirstUse(patterns: () => Iterable<RegExp>): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const re of patterns()) {
      const at = re.lastIndex;
      re.test(LONG_SUBJECT);
      re.lastIndex = at;
    }
  };
}
