/**
 * WebAssembly on V8's baseline compiler only (Liftoff). The engine's WebAssembly (the grammars' parser, the
 * emulator's QuickJS) runs for milliseconds to seconds per process; V8's optimizing tier compiles the hottest
 * functions on background threads (the Python grammar's lexer among them), which such a run never repays, and it
 * once spent 30 s of CPU on the Ruby grammar's one-off initialisation function. On Node 20 it was a third of a
 * one-skill scan's CPU (`bench/startup`), and the recall and precision benches' inspections, emulation included,
 * took less CPU and gave the same verdicts without it. Node 24 tiers up later by default and gains less.
 *
 * WHEN: V8 stamps compiled-code caches with a hash of its flags and refuses an entry made under other flags. A
 * process must therefore set the flag before it compiles anything whose cache entry another process reads after
 * setting it, or vice versa: the launcher sets it before it loads the engine or the full CLI (src/cli/launcher.ts),
 * never on the fast answers (loading `node:v8` costs them ~4 ms), so each cache entry (the fast bundles', written
 * when a command leaves its fast answer; the engine's; Node's own) is made and read under one set of flags. The
 * two loaders call it too, for a process that uses the engine as a library.
 */
import { createRequire } from 'node:module';

let set = false;

export function useBaselineWasm(): void {
  if (set) return;
  set = true;
  try {
    (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString('--liftoff-only');
  } catch {
    // a V8 without the flag compiles as it always did
  }
}
