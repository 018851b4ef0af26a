/**
 * Emulation: see what install-time and load-time JavaScript would do, by running it in a WebAssembly
 * sandbox (QuickJS) with a fake Node, a fake home full of canary secrets and three personas (linux, win32,
 * darwin). The trace lowers into the behaviour model's effects (lang 'emulation'), linked by canary keys
 * so a secret read and its send form a flow.
 *
 *   await loadEmulator();                                     // once per process (starts the sandbox)
 *   const r = emulatePackage({ files, manifest, entries });   // synchronous
 *
 * Two walls stand between a package and the host. The sandbox (./sandbox.ts): no host object ever enters
 * QuickJS, only copied strings cross. The watchdog: the sandbox lives in a worker thread, driven
 * synchronously from here (Atomics.wait on a shared counter, receiveMessageOnPort for the results), and a
 * run that overstays its hard limit gets the whole thread terminated, whatever it is doing; the runs that
 * finished before keep their effects. test/emulate/safety.test.ts holds the hostile samples that check both.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { operationalError } from '../core/errors.js';
import type { Effect } from '../inspect/effects/types.js';
import type { PackageTexts } from '../inspect/files.js';
import { PERSONAS, type Persona } from './canaries.js';
import { BROWSER_RUN_FACTOR, DEFAULT_BUDGET, WALL_FACTOR, emulateInThread, loadEngine, type EmulationInput, type EmulationResult, type EmulationRun } from './engine.js';
import { monotonicMs } from '../core/clock.js';

export { shouldEmulate } from './select.js';
export { DEFAULT_BUDGET } from './engine.js';
export type { EmulationBudget, EmulationInput, EmulationResult, EmulationRun } from './engine.js';
export type { EmulationEntry } from './persona.js';
export type { Persona } from './canaries.js';

/**
 * Extra time a run gets before the watchdog kills the thread. The interrupt handler normally stops a run at
 * its budget; the watchdog is for what it cannot reach, so it waits long enough never to cut a run that is
 * merely slow (a loaded machine, a cold wasm tier, a big prelude compile).
 */
const WATCHDOG_GRACE_MS = 1000;
/** How long a fresh worker may take to load the wasm module. */
const READY_TIMEOUT_MS = 20_000;

interface Sandboxed {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  ready: boolean;
}

let current: Sandboxed | null = null;
let mode: 'worker' | 'in-thread' | null = null;
let nextId = 1;

/** The compiled worker next to this module, or in dist/ when this module runs from sources (tests). */
function workerUrl(): URL | null {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/emulate/worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : null;
}

function spawn(url: URL): Sandboxed {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  // execArgv: [] — the parent's flags (--input-type, loaders, inspectors) must not reach the sandbox thread.
  const worker = new Worker(url, { workerData: { port: port2, signal }, transferList: [port2], resourceLimits: { stackSizeMb: 8 } });
  worker.unref();
  port1.unref();
  worker.on('error', () => {
    if (current?.worker === worker) current = null;
  });
  return { worker, port: port1, signal, ready: false };
}

/** Block until the worker reports it loaded the wasm module (or failed). */
function awaitReady(s: Sandboxed, timeoutMs: number): boolean {
  const end = monotonicMs() + timeoutMs;
  while (!s.ready) {
    const seen = Atomics.load(s.signal, 0);
    for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
      const msg = m.message as { type: string; error?: string };
      if (msg.type === 'ready') s.ready = true;
      else if (msg.type === 'failed') return false;
    }
    if (s.ready) break;
    const left = end - monotonicMs();
    if (left <= 0) return false;
    Atomics.wait(s.signal, 0, seen, left);
  }
  return true;
}

function kill(s: Sandboxed): void {
  void s.worker.terminate();
  s.port.close();
  if (current === s) current = null;
}

/**
 * Start the sandbox (once per process): a worker thread that loads the QuickJS wasm module. Falls back to
 * running the sandbox in this thread, without the watchdog, only when the compiled worker is not on disk.
 */
export async function loadEmulator(): Promise<void> {
  if (mode === 'worker' && current?.ready) return;
  const url = workerUrl();
  if (!url) {
    await loadEngine();
    mode = 'in-thread';
    return;
  }
  current ??= spawn(url);
  const s = current;
  const ok = await new Promise<boolean>((resolve) => {
    // A worker that dies before saying ready (a bad module, no memory) must not leave the caller waiting.
    s.worker.once('error', () => resolve(false));
    s.worker.once('exit', () => resolve(false));
    const started = Date.now();
    const check = (): void => {
      if (Date.now() - started > READY_TIMEOUT_MS) return resolve(false);
      for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
        const msg = m.message as { type: string };
        if (msg.type === 'ready') s.ready = true;
        if (msg.type === 'failed') return resolve(false);
      }
      if (s.ready) return resolve(true);
      setTimeout(check, 5);
    };
    check();
  });
  if (!ok) {
    kill(s);
    throw operationalError('EEMULATOR', 'the emulation sandbox failed to start', { hint: 'check that the QuickJS wasm package is installed' });
  }
  mode = 'worker';
}

/** 'worker' when the sandbox runs behind the watchdog (the normal case). */
export function emulatorMode(): 'worker' | 'in-thread' | null {
  return mode;
}

/** What a run records for an entry it never ran because the sandbox had been left unusable before it. */
const NOT_RUN = new Set(['sandbox unavailable', 'not run: the watchdog stopped the sandbox']);

/** Fresh sandboxes one package may use after runs left one unusable (each costs a thread and a wasm instance). */
const MAX_SANDBOX_RESTARTS = 3;

/**
 * Emulate a package's entries as every persona. Synchronous once `loadEmulator()` has resolved.
 *
 * A run that leaves the sandbox unusable (a QuickJS fault, a native loop the watchdog had to kill the thread
 * for) must not blind the emulation of what comes after it: that would let a package put one hostile file
 * first and its real decoder second. The thread is thrown away and the entries after the one whose run broke
 * it go to a fresh sandbox (that entry's remaining personas are skipped: it has shown what it is, and they stay recorded as not run). A sandbox
 * found unusable before this package's first run (a bomb of the package before) gives this package a fresh
 * one for all of its entries. At most MAX_SANDBOX_RESTARTS times per package; the result is then partial.
 */
export function emulatePackage(input: EmulationInput): EmulationResult {
  const effects: Effect[] = [];
  const runs: EmulationRun[] = [];
  let partial = false;
  let entries = input.entries;
  for (let restarts = 0; ; restarts++) {
    const { brokenAt: reported, ...r } = emulateOnce(entries === input.entries ? input : { ...input, entries });
    // A thread that answered without running anything had a sandbox already unusable.
    const brokenAt = reported ?? (r.runs.length === 0 && entries.length > 0 ? -1 : undefined);
    effects.push(...r.effects);
    partial ||= r.partial;
    if (brokenAt === undefined || mode !== 'worker') {
      runs.push(...r.runs);
      return { effects, runs, partial };
    }
    // Never hand an unusable sandbox to the next run or the next package.
    if (current) kill(current);
    const url = workerUrl();
    if (url) current = spawn(url);
    partial = true;
    // Unusable before any run twice over is not this package's doing (and not worth more threads).
    if (restarts >= MAX_SANDBOX_RESTARTS || (brokenAt < 0 && restarts > 0)) {
      runs.push(...r.runs);
      return { effects, runs, partial };
    }
    // The runs it made, and the broken entry's personas it never ran; not the later entries' (run next).
    const broken = brokenAt >= 0 ? entries[brokenAt].file.replace(/^\.\//, '') : undefined;
    runs.push(...r.runs.filter((x) => !(x.error !== undefined && NOT_RUN.has(x.error)) || x.entry === broken));
    entries = entries.slice(brokenAt + 1);
    if (entries.length === 0) return { effects, runs, partial };
  }
}

/**
 * One package on the current sandbox. `brokenAt`: the sandbox was left unusable by the run of this entry (its
 * index in `input.entries`; -1: unusable before any run), so the entries after it were not run.
 */
function emulateOnce(input: EmulationInput): EmulationResult & { brokenAt?: number } {
  if (mode === 'in-thread') return emulateInThread(input);
  if (mode !== 'worker') throw operationalError('EEMULATOR', 'the emulator is not loaded', { hint: 'await loadEmulator() before emulatePackage()' });
  if (!current) {
    // the previous sandbox was killed by the watchdog: start a new one and wait for it
    const url = workerUrl();
    if (url) current = spawn(url);
  }
  const s = current;
  const effects: Effect[] = [];
  const runs: EmulationRun[] = [];
  const expected = input.entries.length * PERSONAS.length;
  const budget = { ...DEFAULT_BUDGET, ...(input.budget ?? {}) };
  // The entry of the run in flight (the thread says so before each run): what broke the sandbox, if it breaks.
  let started: { index: number; persona: Persona } | undefined;
  let brokenAt: number | undefined;
  const unavailable = (why: string): EmulationResult & { brokenAt?: number } => {
    for (const entry of input.entries) {
      const rel = entry.file.replace(/^\.\//, '');
      for (const persona of PERSONAS) {
        if (persona !== PERSONAS[0] && entry.reach === 'load') continue; // library entries may need one run only
        if (!runs.some((r) => r.entry === rel && r.persona === persona)) runs.push({ entry: rel, persona, status: 'budget', error: why, ms: 0 });
      }
    }
    return { effects, runs, partial: true, brokenAt: brokenAt ?? -1 };
  };
  if (!s || (!s.ready && !awaitReady(s, READY_TIMEOUT_MS))) {
    if (s) kill(s);
    return unavailable('sandbox unavailable');
  }
  const id = nextId++;
  // A package's texts cross as their paths: the thread reads what the run asks for (PackageTexts), never a copy of every file.
  // (by its method, not `instanceof`: the engine's bundle holds a copy of the class of its own, src/cli/launcher.ts)
  const texts = input.files as Partial<PackageTexts>;
  s.port.postMessage({ id, input: typeof texts.source === 'function' ? { ...input, files: texts.source() } : input });
  // (no run outlasts BROWSER_RUN_FACTOR times the budget in wall time before the sandbox's own safety net stops it,
  // engine.ts runOnce: a native loop is one that outlasts even that)
  const hardPerRun = budget.perFileMs * Math.max(3, BROWSER_RUN_FACTOR) + WATCHDOG_GRACE_MS;
  let partial = false;
  let lastProgress = monotonicMs();
  const hardEnd = monotonicMs() + (budget.totalMs + budget.perFileMs * BROWSER_RUN_FACTOR) * WALL_FACTOR + expected * WATCHDOG_GRACE_MS;
  for (;;) {
    const seen = Atomics.load(s.signal, 0);
    for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
      const msg = m.message as { id: number; type: string; run?: EmulationRun; effects?: Effect[]; partial?: boolean; index?: number; persona?: string };
      if (msg.id !== id) continue;
      if (msg.type === 'start' && typeof msg.index === 'number' && (PERSONAS as readonly string[]).includes(msg.persona ?? '')) started = { index: msg.index, persona: msg.persona as Persona };
      else if (msg.type === 'run' && msg.run) {
        // The first run recorded as never run: the run before it (the last one started) left the sandbox unusable.
        if (brokenAt === undefined && msg.run.error !== undefined && NOT_RUN.has(msg.run.error)) brokenAt = started?.index ?? -1;
        runs.push(msg.run);
        effects.push(...(msg.effects ?? []));
        lastProgress = monotonicMs();
      } else if (msg.type === 'done') return { effects, runs, partial: partial || !!msg.partial, ...(brokenAt !== undefined ? { brokenAt } : {}) };
    }
    const wait = Math.min(lastProgress + hardPerRun, hardEnd) - monotonicMs();
    if (wait <= 0 || Atomics.wait(s.signal, 0, seen, wait) === 'timed-out') {
      if (Atomics.load(s.signal, 0) !== seen) continue;
      const now = monotonicMs();
      // The run overstayed its hard limit: a native loop the interrupt handler cannot reach. Kill the thread.
      kill(s);
      partial = true;
      // The run in flight is the one the thread said it started.
      const entry = started ? input.entries[started.index] : input.entries[0];
      const rel = entry.file.replace(/^\.\//, '');
      const persona = started?.persona ?? PERSONAS[0];
      runs.push({ entry: rel, persona, status: 'budget', error: 'stopped by the watchdog', ms: Math.round(now - lastProgress) });
      brokenAt ??= started?.index ?? -1;
      return unavailable('not run: the watchdog stopped the sandbox');
    }
  }
}
