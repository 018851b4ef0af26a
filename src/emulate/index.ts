/**
 * Emulation: see what install-time and load-time JavaScript would do, by running it in a WebAssembly
 * sandbox (QuickJS) with a fake Node, a fake home full of canary secrets and three personas (linux, win32,
 * darwin). The trace lowers into the behaviour model's effects (lang 'emulation'), linked by canary keys
 * so a secret read and its send form a flow.
 *
 *   await loadEmulator();                       // once per process (loads the wasm)
 *   const r = emulatePackage({ files, manifest, entries });   // synchronous
 *
 * Nothing runs on the host: see ./sandbox.ts for the safety boundary and test/emulate/safety.test.ts for
 * the hostile samples that check it.
 */
import { operationalError } from '../core/errors.js';
import type { Effect } from '../inspect/effects/types.js';
import { makeCanaries, PERSONAS, type Persona } from './canaries.js';
import { canaryMatchers, indexSources, lowerTrace } from './lower.js';
import { buildConfig, type EmulationEntry } from './persona.js';
import { loadSandbox, runInSandbox, sandboxReady } from './sandbox.js';

export { shouldEmulate } from './select.js';
export type { EmulationEntry } from './persona.js';
export type { Persona } from './canaries.js';

export interface EmulationBudget {
  /** Wall-clock budget of one run (one entry as one persona). Default 250 ms. */
  perFileMs?: number;
  /** Budget of the whole package (all entries × personas). Default 1500 ms. */
  totalMs?: number;
  /** Memory limit of one sandbox runtime. Default 64 MiB. */
  memoryBytes?: number;
}

export interface EmulationInput {
  /** Package-relative POSIX path → text, already read by the engine. */
  files: Map<string, string>;
  /** package.json */
  manifest: Record<string, unknown>;
  entries: EmulationEntry[];
  budget?: EmulationBudget;
}

export interface EmulationRun {
  entry: string;
  persona: Persona;
  status: 'done' | 'budget' | 'error';
  error?: string;
  ms: number;
}

export interface EmulationResult {
  effects: Effect[];
  runs: EmulationRun[];
  /** Some run stopped at a budget (or its trace hit the size cap): the effects are real but may be incomplete. */
  partial: boolean;
}

export const DEFAULT_BUDGET: Required<EmulationBudget> = { perFileMs: 250, totalMs: 1500, memoryBytes: 64 * 1024 * 1024 };

/** Load the QuickJS wasm module (once per process; again only if a run faulted the instance). */
export async function loadEmulator(): Promise<void> {
  await loadSandbox();
}

/** Emulate a package's entries as every persona. Synchronous once `loadEmulator()` has resolved. */
export function emulatePackage(input: EmulationInput): EmulationResult {
  if (!sandboxReady()) throw operationalError('EEMULATOR', 'the emulator is not loaded', { hint: 'await loadEmulator() before emulatePackage()' });
  const budget = { ...DEFAULT_BUDGET, ...(input.budget ?? {}) };
  const start = performance.now();
  const canaries = makeCanaries();
  const matchers = canaryMatchers(canaries);
  const src = indexSources(input.files);
  const esmPackage = input.manifest.type === 'module';
  const effects: Effect[] = [];
  const runs: EmulationRun[] = [];
  let partial = false;
  for (const entry of input.entries) {
    const rel = entry.file.replace(/^\.\//, '');
    for (const persona of PERSONAS) {
      const remaining = budget.totalMs - (performance.now() - start);
      if (!input.files.has(rel)) {
        runs.push({ entry: rel, persona, status: 'error', error: 'entry file not in the package', ms: 0 });
        continue;
      }
      if (remaining < 5 || !sandboxReady()) {
        partial = true;
        runs.push({ entry: rel, persona, status: 'budget', error: sandboxReady() ? 'package budget exhausted' : 'sandbox unavailable', ms: 0 });
        continue;
      }
      const cfg = buildConfig(persona, { ...entry, file: rel }, input.files, input.manifest, canaries);
      const outcome = runInSandbox({ cfg, files: input.files, esmPackage, deadline: performance.now() + Math.min(budget.perFileMs, remaining), minRunMs: Math.min(budget.perFileMs, remaining) / 2, memoryBytes: budget.memoryBytes });
      if (outcome.status === 'budget' || outcome.truncated) partial = true;
      effects.push(...lowerTrace(outcome.events, { cfg, persona, reach: entry.reach, canaries, matchers, src }));
      const run: EmulationRun = { entry: rel, persona, status: outcome.status, ms: Math.round(outcome.ms * 10) / 10 };
      if (outcome.error) run.error = outcome.error;
      runs.push(run);
    }
  }
  return { effects, runs, partial };
}
