/**
 * Lower one target (a package or a skill folder) into effects: route each file to its translator, decide
 * when each file's effects would run (reachability), and link lifecycle commands to the files they run.
 * The evaluator (./evaluate.ts) then judges the effects against the behaviour rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { USER_INPUT, emulationReason } from '../../emulate/select.js';
import { browserBuildsOf, resolveLocal, sourceOfBuild } from '../coverage.js';
import type { FileKind } from '../signals.js';
import { SHIPPED_TEXT_FILE, classifyHost, persistenceOf, pushedRepositoryOf, rawRepositoryOf, registrableLabel, TRUSTED_HOST_CLASSES } from './classify.js';
import { printedForAgent } from './printed.js';
import { INSTRUCTION_TEXT, declaredEnv, installEntries, lowerHiddenProse, lowerProse, quotedRanges, writtenInstructions, AGENT_FILE_NAMED } from './prose.js';
import { looksLikePickle, pickleCalls } from './pickle.js';
import { NPMRC_KEY, batchAsShell, inlineProgramLang, lowerConfigCommand, lowerShell, setInlineLowerer, type InlineNodeProgram } from './shell.js';
import { typosquatOf } from './names.js';
import { BUILD_TOOL_FILES, MAKEFILE, actionOf, buildFilesRun, configCommands, type ActionInput } from './tool-configs.js';
import { EMBEDDED_FILE, embeddedCommands, fetchedRuns, requestRuns, sentCredentials } from './embedded.js';
import type { Effect, Reach } from './types.js';
import { escapeRegExp } from '../analyzers/regex-tier.js';
import { skillHomepage, yamlStrings } from '../frontmatter.js';
import { decodeBase64, decodeBase85, decodeHex } from '../analyzers/decode.js';
import { SYSTEM_COMMANDS } from '../analyzers/manifest.js';

type ScriptLang = 'python' | 'powershell' | 'ruby' | 'go';
const ALL_LANGS: ScriptLang[] = ['python', 'powershell', 'ruby', 'go'];
interface LangModule {
  loadLanguages(langs?: readonly ScriptLang[]): Promise<void>;
  lowerScript(lang: ScriptLang, text: string, file: string, reach: Reach, files?: ReadonlyMap<string, string>): Effect[];
  languageOf(file: string, text: string): ScriptLang | undefined;
}

let langModule: LangModule | undefined;
let langImport: Promise<LangModule | undefined> | undefined;
const loadedLangs = new Set<ScriptLang>();

/**
 * Load the WASM grammars a target needs (Python, PowerShell, Ruby), once per process each: a package with no
 * such script pays nothing. `dir` is scanned for script files and fenced code in markdown.
 */
export async function prepareTranslators(dir?: string, only?: readonly ScriptLang[]): Promise<void> {
  // Every grammar loaded: nothing a walk of `dir` finds can be missing.
  if (loadedLangs.size === ALL_LANGS.length) return;
  const langs = only ?? (dir ? scriptLanguagesIn(dir) : ALL_LANGS);
  const missing = langs.filter((l) => !loadedLangs.has(l));
  if (!missing.length) return;
  langImport ??= (async () => {
    try {
      // (a literal path: the engine's bundle rewrites it to the translators' ES module beside it, build-launcher.mjs)
      return (await import('../lang/index.js')) as unknown as LangModule;
    } catch {
      // Grammars unavailable: scripts in those languages are still read by the shell and content patterns.
      return undefined;
    }
  })();
  const mod = await langImport;
  if (!mod) return;
  try {
    await mod.loadLanguages(missing);
    for (const l of missing) loadedLangs.add(l);
    langModule = mod;
    setInlineLowerer((lang, code, file, reach) => (loadedLangs.has(lang) ? mod.lowerScript(lang, code, file, reach) : []));
  } catch {
    /* a grammar that fails to load leaves those scripts to the content patterns */
  }
}

const SCRIPT_EXT: Array<[RegExp, ScriptLang]> = [[/\.(?:py|pyw|ipynb)$/i, 'python'], [/\.(?:ps1|psm1|psd1)$/i, 'powershell'], [/\.(?:rb|rake|gemspec)$/i, 'ruby'], [/\.go$/i, 'go']];
const FENCE_LANG: Array<[RegExp, ScriptLang]> = [[/^\s*```+\s*(?:py|python3?)\b/im, 'python'], [/^\s*```+\s*(?:ps1?|powershell|pwsh)\b/im, 'powershell'], [/^\s*```+\s*(?:rb|ruby)\b/im, 'ruby']];

/** Which script languages a folder holds (file extensions, shebangs of extensionless files, fenced code in markdown). */
function scriptLanguagesIn(dir: string): ScriptLang[] {
  const found = new Set<ScriptLang>();
  let budget = 5000;
  const walk = (d: string, depth: number): void => {
    if (depth > 12 || found.size === ALL_LANGS.length) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (--budget < 0) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile()) {
        for (const [re, l] of SCRIPT_EXT) if (re.test(e.name)) found.add(l);
        if (/\.md$/i.test(e.name) || (!/\.[a-z0-9]+$/i.test(e.name) && depth <= 3) || /^(?:package\.json|CMakeLists\.txt|(?:GNU)?makefile)$|\.(?:sh|bash|zsh|cmake|mk)$/i.test(e.name)) {
          try {
            const head = readHead(p, 256 * 1024);
            // an inline program (`python3 -c "…"` in a lifecycle script, a shell script or a fenced command)
            const inline = inlineProgramLang(head);
            if (inline) found.add(inline);
            if (/\.md$/i.test(e.name)) for (const [re, l] of FENCE_LANG) if (re.test(head)) found.add(l);
            const sb = /^#!.*\b(python[23]?|pwsh|powershell|ruby)\b/.exec(head);
            if (sb) found.add(/python/.test(sb[1]) ? 'python' : /ruby/.test(sb[1]) ? 'ruby' : 'powershell');
          } catch {
            /* unreadable: the inspection reports it */
          }
        }
      }
    }
  };
  walk(dir, 0);
  return [...found];
}

function readHead(file: string, max: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(max, fs.fstatSync(fd).size));
    fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

interface EmulatorModule {
  loadEmulator(): Promise<void>;
  emulatePackage(input: { files: Map<string, string>; manifest: Record<string, unknown>; entries: Array<{ file: string; reach: 'install' | 'load' | 'bin'; event?: string; browser?: boolean; args?: string[]; action?: ActionInput[] }> }): { effects: Effect[]; runs: Array<{ entry: string; persona: string; status: string; error?: string }>; partial: boolean };
}
let emulator: EmulatorModule | undefined;
let emulatorLoad: Promise<void> | undefined;

/**
 * Start the emulation sandbox once per process (issue 11). Packages only: a skill's scripts are lowered by
 * the translators. Set CLAWGUARD_EMULATE=0 to inspect without it (the recall bench compares both).
 */
export function prepareEmulator(): Promise<void> {
  if (process.env.CLAWGUARD_EMULATE === '0') return Promise.resolve();
  emulatorLoad ??= (async () => {
    try {
      const mod = (await import('../../emulate/index.js')) as unknown as EmulatorModule;
      await mod.loadEmulator();
      emulator = mod;
    } catch {
      emulator = undefined;
    }
  })();
  return emulatorLoad;
}

export interface EmulationRequest {
  files: Map<string, string>;
  manifest: Record<string, unknown>;
  entries: Array<{ file: string; reach: 'install' | 'load' | 'bin'; browser?: boolean; args?: string[]; inline?: boolean; action?: ActionInput[] }>;
  /** The programs run with `node -e`, by the name they are emulated under: the command's file and line (`emulate`). */
  inline?: Record<string, { file: string; line: number }>;
}

/** At most this many `node -e` programs of a package's install are emulated. */
const MAX_INLINE_PROGRAMS = 3;
/** The name a `node -e` program is emulated under (Node calls it `[eval]`), in the package's folder, where npm runs it. */
const inlineProgramName = (i: number): string => `[eval${i ? i + 1 : ''}].js`;

/** What the emulation request needs of one file while the engine reads the package (its text is not kept). */
export interface FileForEmulation {
  rel: string;
  kind: FileKind;
}

/** A GitHub workflow other repositories call (`on: workflow_call`), or a composite action's steps. */
export const RUNS_IN_CALLERS = /^on:\s*(?:\[[^\]\n]*\bworkflow_call\b|workflow_call\b|\n(?:[ \t]+.*\n)*?[ \t]+workflow_call\s*:)|^runs:\s*\n[ \t]+using:\s*['"]?composite\b/m;

/** At most this many entries are emulated per package (install-time entries first). */
const MAX_EMULATED_ENTRIES = 12;

/**
 * Which of a package's entries the emulator should run: every install-time entry, and load-time code with a
 * reason (a plugin entry, or code that decodes, evals or computes its requires). Undefined when none.
 * `texts` holds the package's files as the emulated code sees them (code and the data it may read and
 * decode), read on demand (PackageTexts): a load-time file's text is read here only while entries are wanted.
 */
export function emulationRequestOf(files: FileForEmulation[], texts: Map<string, string> & { addProgram?(rel: string, text: string): void }, manifest: Record<string, unknown> | undefined, install: string[], load: string[], bins: ReadonlyArray<{ file: string; closure: readonly string[] }> = [], scripts: ReadonlyArray<{ command: string }> = [], inlineNode: readonly InlineNodeProgram[] = [], pages: readonly string[] = [], toolRuns: readonly string[] = []): EmulationRequest | undefined {
  if (!manifest) return undefined;
  const kinds = new Map(files.map((f) => [f.rel, f.kind]));
  const entries: EmulationRequest['entries'] = [];
  const isJs = (f: string) => kinds.get(f) === 'js';
  for (const f of install) if (isJs(f)) entries.push({ file: f, reach: 'install', ...argsOf(f, scripts) });
  // (the JavaScript install-time commands run with `node -e`: run as the files they stand for, with their arguments)
  const inline: NonNullable<EmulationRequest['inline']> = {};
  for (const p of inlineNode.slice(0, MAX_INLINE_PROGRAMS)) {
    const name = inlineProgramName(Object.keys(inline).length);
    if (texts.addProgram) texts.addProgram(name, p.code);
    else texts.set(name, p.code);
    inline[name] = { file: p.file, line: p.line };
    entries.push({ file: name, reach: 'install', inline: true, ...(p.args.length ? { args: p.args } : {}) });
  }
  // A GitHub Action's files run in a workflow's job, given the job's token and the inputs the workflow passes
  // (../../emulate/persona.ts actionEnvironment): what it does with them is done in every repository that uses it.
  const action = actionOf(texts.get('action.yml') ?? texts.get('action.yaml'));
  for (const f of action?.files ?? []) if (isJs(f) && !entries.some((e) => e.file === f)) entries.push({ file: f, reach: 'load', action: action!.inputs });
  const ext = (manifest.openclaw as { extensions?: unknown } | undefined)?.extensions;
  // (an entry the package does not ship, built from sources it does: those sources, as resolveLocal reads them)
  const fileSet = new Set(kinds.keys());
  const pluginEntries = new Set(Array.isArray(ext) ? ext.filter((e): e is string => typeof e === 'string').map((e) => e.replace(/^\.\//, '')).map((e) => (fileSet.has(e) ? e : (sourceOfBuild(e, fileSet) ?? e))) : []);
  const browserEntries = new Set(browserBuildsOf(manifest).map((e) => e.replace(/^\.\//, '')));
  // (the files a loaded configuration hands to its tool, Jest's globalTeardown or a bundler's loader: run as the tool
  // runs them, whatever their text shows, as a plugin entry is)
  for (const f of toolRuns) if (isJs(f) && !entries.some((e) => e.file === f) && entries.length < MAX_EMULATED_ENTRIES) entries.push({ file: f, reach: 'load' });
  // The package's main entry (the first of the load closure) runs what its modules do at load: when one of them has a
  // reason to be run (a network call, a decoder), the entry is run too, so that module runs with the arguments the
  // entry gives it (`ensureRegion(currentZone())`), not only with the generic ones an export is called with.
  let mainAdded = false;
  for (const f of load) {
    // Entries past the cap are never run: stop reading texts once it is reached.
    if (entries.length >= MAX_EMULATED_ENTRIES) break;
    if (!isJs(f) || entries.some((e) => e.file === f)) continue;
    const browser = browserEntries.has(f) ? { browser: true } : {};
    if (pluginEntries.has(f)) entries.push({ file: f, reach: 'load', ...browser });
    else {
      const text = texts.get(f);
      if (text === undefined || !emulationReason(text, { plugin: pluginEntries.size > 0 })) continue;
      const main = load[0];
      if (!mainAdded && main !== f && isJs(main) && !entries.some((e) => e.file === main)) entries.push({ file: main, reach: 'load', ...(browserEntries.has(main) ? { browser: true } : {}) });
      mainAdded = true;
      if (entries.length < MAX_EMULATED_ENTRIES) entries.push({ file: f, reach: 'load', ...browser });
    }
  }
  // The scripts the package's own web pages load run in the browser of whoever opens the page (a plugin's local
  // signing page, a dashboard): as a page's scripts, with the page's wallet provider (pageScriptsOf).
  for (const f of pages) if (isJs(f) && !entries.some((e) => e.file === f) && entries.length < MAX_EMULATED_ENTRIES) entries.push({ file: f, reach: 'load', browser: true });
  // A command the package installs runs when the user runs it: one whose modules have a reason is run too, the first
  // such (`bin/tool.js` requiring `lib/auth.js` that shells out and sends), even when the main entry loads them: an
  // export called with the emulator's generic arguments does not go where the command's own call, with the project's
  // folder, goes.
  // (a command named like a system tool first: `git` from a git helper runs in place of git, with git's words)
  const binMap = typeof manifest.bin === 'object' && manifest.bin !== null ? (manifest.bin as Record<string, unknown>) : {};
  const shadows = new Set(Object.entries(binMap).filter(([name, f]) => SYSTEM_COMMANDS.has(name) && typeof f === 'string').map(([, f]) => (f as string).replace(/^\.\//, '')));
  for (const b of [...bins].sort((x, y) => Number(shadows.has(y.file)) - Number(shadows.has(x.file)))) {
    if (entries.length >= MAX_EMULATED_ENTRIES) break;
    if (!isJs(b.file) || entries.some((e) => e.file === b.file)) continue;
    if (b.closure.some((f) => { if (!isJs(f)) return false; const text = texts.get(f); return text !== undefined && emulationReason(text, { plugin: pluginEntries.size > 0 }); })) {
      entries.push({ file: b.file, reach: 'bin' });
      // and once with each subcommand its dispatcher compares its arguments with (`wvs publish`): what a command does
      // only when the user names it is reached by naming it.
      for (const word of subcommandsOf(texts.get(b.file) ?? '')) if (entries.length < MAX_EMULATED_ENTRIES) entries.push({ file: b.file, reach: 'bin', args: [word] });
      break;
    }
  }
  // A Yarn plugin the package's .yarnrc.yml loads (`plugins: - path: .yarn/plugins/…cjs`): Yarn runs it, and its hooks,
  // whenever the user runs yarn in this folder (a starter or template copied into a project).
  const yarnrc = texts.get('.yarnrc.yml');
  if (yarnrc)
    for (const m of yarnrc.matchAll(/^\s*(?:-\s*)?path:\s*["']?([^\s"'#]+\.c?js)["']?\s*$/gm)) {
      const f = m[1].replace(/^\.\//, '');
      if (isJs(f) && !entries.some((e) => e.file === f) && entries.length < MAX_EMULATED_ENTRIES) entries.push({ file: f, reach: 'bin' });
    }
  return entries.length ? { files: texts, manifest, entries: entries.slice(0, MAX_EMULATED_ENTRIES), ...(Object.keys(inline).length ? { inline } : {}) } : undefined;
}

/**
 * The scripts a package's own web pages load (`<script src="loader.js">`), and the package's scripts those name by
 * path (a vendored kit a loader injects, `vendor/kit.umd.js`): they run in the browser of whoever opens the page. Not
 * a test's or an example's page. At most four.
 */
export function pageScriptsOf(fileSet: ReadonlySet<string>, texts: { get(rel: string): string | undefined }): string[] {
  const out: string[] = [];
  const pages = [...fileSet].filter((rel) => /\.html?$/i.test(rel) && !TEST_PATH.test(rel) && !rel.includes('node_modules/')).slice(0, 10).map((rel) => ({ rel, text: texts.get(rel) ?? '' }));
  if (!pages.length) return out;
  // (a page's address is the server's: relative to the page, to the package, or, where the server maps a folder, the
  // one script of the package with that name)
  const byName = new Map<string, string[]>();
  for (const f of fileSet) if (/\.[cm]?js$/i.test(f)) byName.set(path.posix.basename(f), [...(byName.get(path.posix.basename(f)) ?? []), f]);
  const add = (dirs: string[], spec: string): void => {
    const named = byName.get(spec.slice(spec.lastIndexOf('/') + 1)) ?? [];
    for (const rel of [...dirs, ''].map((d) => resolveLocal(spec.startsWith('/') ? '' : d, spec.replace(/^\//, ''), fileSet)).concat(named.length === 1 ? named : [])) {
      if (rel && /\.[cm]?js$/i.test(rel)) {
        if (!out.includes(rel)) out.push(rel);
        return;
      }
    }
  };
  for (const f of pages) for (const m of f.text.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']([^"':?#]+)["']/gi)) add([path.posix.dirname(f.rel)], m[1]!);
  for (const s of out.slice(0, 4)) {
    const pageDirs = pages.map((f) => path.posix.dirname(f.rel));
    for (const m of (texts.get(s) ?? '').matchAll(/["'`]((?:\.{1,2}\/|\/)?[\w.-]+(?:\/[\w.-]+)*\.[cm]?js)["'`]/g)) add([path.posix.dirname(s), ...pageDirs], m[1]!);
  }
  return out.slice(0, 4);
}

/** At most this many of a command's subcommands are run. */
const MAX_SUBCOMMANDS = 6;
/**
 * A command's own subcommands and flags, in the order its text names them: the words its dispatcher compares an
 * argument with (`case 'publish':`, `cmd === 'publish'`, `.command('publish <dir>')`, `['patch', 'minor'].includes(a)`,
 * `args.includes('--share')`). Words a comparison also meets that name no subcommand (a type, a platform, an
 * environment, help) are left out.
 */
export function subcommandsOf(text: string): string[] {
  const out: string[] = [];
  const re = /\bcase\s+(['"`])([a-z][a-z0-9:-]{1,24})\1\s*:|[=!]==?\s*(['"`])((?:--)?[a-z][a-z0-9:-]{1,24})\3|(['"`])((?:--)?[a-z][a-z0-9:-]{1,24})\5\s*[=!]==?|\.command\(\s*(['"`])([a-z][a-z0-9:-]{1,24})[\s'"`<[]|\[\s*(['"`])([a-z][a-z0-9:-]{1,24})\9\s*,[^\]]{0,200}\]\s*\.includes\(|\.(?:includes|indexOf)\(\s*(['"`])(--[a-z][a-z0-9-]{1,24})\11\s*\)/g;
  const add = (word: string): boolean => {
    if (!NOT_A_SUBCOMMAND.test(word) && !out.includes(word)) out.push(word);
    return out.length >= MAX_SUBCOMMANDS;
  };
  for (const m of text.matchAll(re)) if (add(m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? m[12])) return out;
  // a set of words the arguments are looked up in (`const REMOTE = new Set(['push', 'fetch']); … REMOTE.has(argv[0])`)
  if (/\.has\(\s*(?:process\.)?argv\b|\.has\(\s*args?\b/.test(text))
    for (const set of text.matchAll(/new Set\(\s*\[([^\]]{0,400})\]\s*\)/g))
      for (const w of set[1].matchAll(/(['"`])([a-z][a-z0-9:-]{1,24})\1/g)) if (add(w[2])) return out;
  return out;
}
const NOT_A_SUBCOMMAND = /^(?:--(?:help|version|dry-run|quiet|silent|verbose|json|debug|no-[\w-]+)|string|number|bigint|boolean|symbol|undefined|object|function|win32|darwin|linux|freebsd|openbsd|sunos|aix|android|x64|arm64|ia32|arm|production|development|test|help|version|true|false|null|utf8|utf-8|hex|base64|binary|ascii|latin1|enoent|eexist|eacces|sigint|sigterm)$/;

/** The words after `file` in the lifecycle command that runs it (`node bin/cli.js install --quiet`), up to the next command. */
function argsOf(file: string, scripts: ReadonlyArray<{ command: string }>): { args?: string[] } {
  for (const s of scripts) {
    const words = s.command.split(/\s+/);
    const i = words.findIndex((w) => w.replace(/^["']|["']$/g, '').replace(/^\.\//, '') === file);
    if (i === -1) continue;
    const args: string[] = [];
    for (const w of words.slice(i + 1)) {
      if (/^(?:&&|\|\||;|\||>|>>|2>.*|&)$/.test(w)) break;
      args.push(w.replace(/^["']|["']$/g, ''));
    }
    return args.length ? { args } : {};
  }
  return {};
}

/** At most this many of a skill's scripts are emulated. */
const MAX_SKILL_SCRIPTS = 4;

/** What a skill says to the agent: its SKILL.md, its other markdown, and its scripts (what they print and run). */
export function skillSaid(files: ReadonlyArray<{ text: string; kind: FileKind }>): string {
  return files.filter((f) => f.kind === 'skill' || f.kind === 'doc' || f.kind === 'shell' || f.kind === 'script').map((f) => f.text).join('\n');
}

/**
 * The build code of the Python packages a skill ships and installs: a folder an install recipe of kind uv or pip
 * names (`"package": "{baseDir}/tools/x"`) or its text installs (`pip install ./tools/x`, `uv tool install …`); its
 * setup.py and the in-tree build backend its pyproject.toml names (`build-backend = "x_build"`, `backend-path =
 * ["_build"]`) run when it is built.
 */
function pythonBuildFiles(files: readonly FileForEffects[], said: string, recipes: ReturnType<typeof installEntries>): string[] {
  const out: string[] = [];
  const installed = (dir: string): boolean =>
    installsFolder(said, dir) || recipes.some((r) => (r.kind === 'uv' || r.kind === 'pip') && typeof r.package === 'string' && r.package.replace(/^\{baseDir\}\/?|^\.\//, '').replace(/\/$/, '') === dir);
  for (const f of files) {
    if (!/(?:^|\/)pyproject\.toml$/.test(f.rel)) continue;
    const dir = f.rel.includes('/') ? f.rel.slice(0, f.rel.lastIndexOf('/')) : '';
    if (!installed(dir)) continue;
    const setup = dir ? `${dir}/setup.py` : 'setup.py';
    if (files.some((g) => g.rel === setup)) out.push(setup);
    const backend = /^\s*build-backend\s*=\s*["']([\w.]+)(?::\w+)?["']/m.exec(f.text)?.[1];
    const where = /^\s*backend-path\s*=\s*\[\s*["']([^"']+)["']/m.exec(f.text)?.[1];
    if (backend && where) {
      const mod = path.posix.join(dir, where, backend.replace(/\./g, '/'));
      for (const rel of [`${mod}.py`, `${mod}/__init__.py`]) if (files.some((g) => g.rel === rel)) out.push(rel);
    }
  }
  return out;
}

/**
 * The modules of a Python project the skill ships that its text runs: `python -m pkg` (pkg/__main__.py, or pkg.py), and
 * a command its pyproject.toml's `[project.scripts]` declares (`name = "pkg.server:main"`), named in the text. A
 * package's modules are looked for under the project's folder and its `src/` (the two layouts).
 */
function pythonEntryModules(said: string, files: readonly FileForEffects[]): string[] {
  const has = new Set(files.map((f) => f.rel));
  const projects = files.filter((f) => /(?:^|\/)pyproject\.toml$/.test(f.rel)).map((f) => ({ dir: path.posix.dirname(f.rel), text: f.text }));
  const roots = [...new Set(['.', ...projects.map((p) => p.dir)].flatMap((d) => [d, path.posix.join(d, 'src')]))];
  const modFiles = (mod: string, main: boolean): string[] => {
    const out: string[] = [];
    for (const r of roots) {
      const p = path.posix.normalize(path.posix.join(r, ...mod.split('.')));
      for (const c of main ? [`${p}/__main__.py`, `${p}.py`] : [`${p}.py`, `${p}/__init__.py`]) if (has.has(c)) out.push(c);
      // (importing pkg.mod runs pkg/__init__.py first)
      const top = path.posix.normalize(path.posix.join(r, mod.split('.')[0]!, '__init__.py'));
      if (out.length && has.has(top)) out.push(top);
    }
    return out;
  };
  const out: string[] = [];
  for (const m of said.matchAll(/\bpython[\d.]*\s+(?:-[A-Za-z]+\s+)*-m\s+([A-Za-z_][\w.]*)/g)) out.push(...modFiles(m[1]!, true));
  for (const p of projects) {
    const table = /^\[project\.scripts\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(p.text)?.[1] ?? '';
    for (const m of table.matchAll(/^\s*["']?([\w.-]+)["']?\s*=\s*["']([\w.]+)(?::\w+)?["']/gm))
      if (new RegExp(String.raw`(?<![\w./-])${escapeRegExp(m[1]!)}(?![\w.-])`).test(said)) out.push(...modFiles(m[2]!, false));
  }
  return out;
}

/** Whether a skill's text pip-installs one of its folders (`pip install ./helper`, `uv tool install {baseDir}/x`, `pip install -e .`). */
function installsFolder(said: string, dir: string): boolean {
  // (the skill's own folder: `pip install {baseDir}`, `pip install -e .`)
  const folder = dir ? String.raw`(?:\{baseDir\}\/|\.\/)?${escapeRegExp(dir)}` : String.raw`(?:\{baseDir\}|\.)`;
  return new RegExp(String.raw`\b(?:pip3?|uv\s+pip|uv\s+tool|pipx)\s+install\s+(?:-[-\w]+\s+)*${folder}\/?(?=[\s\`"')]|$)`, 'm').test(said);
}

/**
 * Whether a skill's own text runs `rel` by name: an interpreter or runtime before it on its line (`node examples/x.js`,
 * `python3 {baseDir}/scripts/x.py`, `bash x.sh`, `go run ./cmd/x`), or `./x` run directly.
 */
export function skillRunsFile(said: string, rel: string): boolean {
  // a Python package's setup.py runs when pip installs its folder (`pip install ./helper`, `pip install -e .`)
  if (/(?:^|\/)setup\.py$/.test(rel) && installsFolder(said, rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '')) return true;
  const base = escapeRegExp(rel.split('/').pop() ?? rel);
  return new RegExp(String.raw`(?:\b(?:node|bun|deno|npx|tsx|ts-node|python[\d.]*|py|bash|sh|zsh|ruby|perl|pwsh|powershell|php|go\s+run)\b[^\n|;&]*?|\./\S*?)${base}(?![\w.-])`).test(said);
}

/**
 * Whether a skill installs the npm package it ships in `dir` ('.' for its own folder) under `name`: its text installs
 * the folder (`npm install -g {baseDir}/tool`, `cd {baseDir}/tool && npm install`, `npm --prefix ./tool ci`) or the
 * package by its name (`npm i -g logp-cli`, `npx logp-cli`), or its install metadata has OpenClaw install it
 * (`{"kind": "node", "package": "logp-cli"}`). npm then runs that package's lifecycle scripts.
 */
export function skillInstallsPackage(said: string, dir: string, name: string | undefined, metadataPackages: readonly string[]): boolean {
  if (name && metadataPackages.includes(name)) return true;
  const npm = String.raw`\b(?:npm|pnpm|yarn|bun)(?:\s+--prefix[\s=]\S+)?\s+(?:install|i|add|ci|link)\b`;
  const folder = dir === '.' ? String.raw`(?:\{baseDir\}|\.)` : String.raw`(?:\{baseDir\}\/|\.\/)?${escapeRegExp(dir)}`;
  const end = String.raw`\/?(?=[\s\`"')]|$)`;
  if (new RegExp(String.raw`${npm}(?:\s+-[-\w]+(?:=\S+)?)*\s+${folder}${end}`, 'm').test(said)) return true;
  if (new RegExp(String.raw`\bcd\s+["']?${folder}["']?\/?\s*(?:&&|;)\s*${npm}(?!\s+[\w@.\/{])`, 'm').test(said)) return true;
  if (new RegExp(String.raw`\b(?:npm|pnpm|yarn|bun)\s+--prefix[\s=]["']?${folder}["']?\/?\s+(?:install|i|ci)\b`, 'm').test(said)) return true;
  if (!name) return false;
  const pkg = escapeRegExp(name);
  return new RegExp(String.raw`(?:${npm}|\byarn\s+global\s+add|\b(?:npx|bunx|pnpx)\b)[^\n|;&]*?(?<![\w@/.-])${pkg}(?:@[\w.^~<>=-]+)?(?=[\s\`"')]|$)`, 'm').test(said);
}

/**
 * A skill's JavaScript the agent is told to run (`node {baseDir}/scripts/seal.js` in its markdown or its shell
 * scripts): emulated as a command the user runs (`bin`), in a package named after the skill. Undefined when the
 * skill runs none.
 */
export function skillEmulationOf(files: FileForEmulation[], texts: Map<string, string>, told: ReadonlyArray<{ rel: string; text: string; kind: FileKind }>, name: string | undefined, installed?: { install: readonly string[]; bins: readonly string[] }): EmulationRequest | undefined {
  const js = files.filter((f) => f.kind === 'js').map((f) => f.rel);
  if (!js.length) return undefined;
  // (a package the skill ships and installs: what its lifecycle scripts run, at install, and the bins the skill runs)
  const atInstall = (installed?.install ?? []).filter((rel) => js.includes(rel));
  const bins = (installed?.bins ?? []).filter((rel) => js.includes(rel) && !atInstall.includes(rel));
  const said = skillSaid(told);
  // named where the agent reads its steps, and run by a JavaScript runtime (named there, or the script's own shebang)
  // (or by a JavaScript tool that loads the project's modules: a test runner, a bundler, a linter)
  const runtime = /\b(?:node|bun|deno|npx|tsx|jest|vitest|mocha|vite|webpack|rollup|esbuild|babel|eslint|playwright|cypress)\b/i.test(said);
  const named = (rel: string) => new RegExp(String.raw`(?:^|[\s"'\`/{}(])${escapeRegExp(rel.split('/').pop() ?? rel)}(?![\w.-])`).test(said);
  // (a worked example or a test the skill ships runs only when a command runs it by name)
  const run = js.filter((rel) => !atInstall.includes(rel) && !bins.includes(rel) && named(rel) && (runtime || /^#!.*\bnode\b/.test(texts.get(rel) ?? '')) && (!TEST_PATH.test(rel) || skillRunsFile(said, rel)));
  if (!run.length && !atInstall.length && !bins.length) return undefined;
  // (a module the skill ships that exports what a tool calls, a reporter or a plugin it registers in the user's
  // project, is loaded by that tool: what it exports is called as the tool calls it; a script that runs itself as a
  // command when it is the main module stays a command)
  const loaded = (text: string): boolean => /\bmodule\.exports\s*=|\bexport\s+default\b/.test(text) && !/\brequire\.main\s*===?|\bimport\.meta\.(?:url|main)\b|^#!/.test(text);
  // (the variables its metadata declares are set, as the user sets them for it: a script that stops without its key goes on)
  const skillMd = told.find((f) => f.kind === 'skill')?.text ?? '';
  return {
    files: texts,
    manifest: { name: name ?? 'skill', version: '0.0.0', skillEnv: declaredEnv(skillMd) },
    entries: [
      ...atInstall.slice(0, MAX_SKILL_SCRIPTS).map((file) => ({ file, reach: 'install' as const })),
      ...bins.slice(0, MAX_SKILL_SCRIPTS).map((file) => ({ file, reach: 'bin' as const })),
      ...run.slice(0, MAX_SKILL_SCRIPTS).flatMap((file) => {
        const reach = loaded(texts.get(file) ?? '') ? ('load' as const) : ('bin' as const);
        const lists = reach === 'bin' ? commandArgsFor(said, file) : [];
        return lists.length ? lists.map((args) => ({ file, reach, ...(args.length ? { args } : {}) })) : [{ file, reach }];
      }),
    ],
  };
}

/**
 * The arguments the skill's text runs a script with (`node {baseDir}/scripts/triage.js scan --limit 100`): each
 * distinct subcommand it names (at most three), with its flags up to the first placeholder (`<id>`, `...`), at most
 * eight words; an empty list where it runs it bare. A setup step that schedules or registers (`sentinel.mjs schedule`) runs as
 * well as the first one.
 */
function commandArgsFor(said: string, rel: string): string[][] {
  const base = escapeRegExp(rel.split('/').pop() ?? rel);
  const out: string[][] = [];
  for (const m of said.matchAll(new RegExp(String.raw`\b(?:node|bun|deno|tsx)\s+(?:--?[\w-]+\s+)*[^\s\x60'"]*${base}(?:[ \t]+([^\n\x60|;&]{1,200}))?`, 'g'))) {
    // (run bare: the bare command is one of its runs)
    if (!m[1]) {
      if (!out.some((o) => !o.length)) out.push([]);
      continue;
    }
    const words = (m[1].trim().match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ''));
    // (a placeholder is left out, and the flag it is the value of with it: what the script does without them runs)
    // (a JSON value, `'["a","b"]'`, is an argument)
    const placeholder = (w: string | undefined) => w !== undefined && ((/^<[^>]*>$|^\.{3}$|^\[.*\]$|^\{.*\}$/.test(w) && !/^\[\s*(?:["\d{[\]]|true|false|null)|^\{\s*(?:"|\})/.test(w)) || !w);
    const args: string[] = [];
    for (let i = 0; i < words.length && args.length < 8; i++) {
      // (a placeholder naming a file by its type, `<file.vcf>`, `<path/to/report.pdf>`: the user's file of that type,
      // which the run finds empty: what the script does after reading it runs)
      const file = /^<(?:[^<>]*[\/])?[\w-]*\.([a-z0-9]{1,6})>$/i.exec(words[i] ?? '');
      if (file && !/^(?:com|org|net|io|dev|example|invalid)$/i.test(file[1])) {
        args.push(`${USER_INPUT}.${file[1].toLowerCase()}`);
        continue;
      }
      if (placeholder(words[i]) || /^\d?>/.test(words[i])) break;
      if (/^--?[\w-]+$/.test(words[i]) && placeholder(words[i + 1])) break;
      args.push(words[i]);
    }
    // (one run per subcommand: `add a`, `add b` are the same command)
    if (!out.some((o) => o[0] === args[0])) out.push(args);
    if (out.length >= 3) break;
  }
  return out;
}

/** Run a package's entries in the sandbox; undefined when the emulator is not available. */
export async function emulate(req: EmulationRequest): Promise<{ effects: Effect[]; partial: string[] } | undefined> {
  await prepareEmulator();
  if (!emulator) return undefined;
  const r = emulator.emulatePackage(req);
  // an inline program the code was seen to start (`python3 -c "…"` decoded at run time) is lowered by its language
  const inline = new Set<ScriptLang>();
  for (const e of r.effects) {
    const lang = e.kind === 'exec' && e.command ? inlineProgramLang(e.command) : undefined;
    if (lang) inline.add(lang);
  }
  if (inline.size) await prepareTranslators(undefined, [...inline]);
  // (what a `node -e` program did is told at the command that ran it)
  if (req.inline) for (const e of r.effects) {
    const at = req.inline[e.file];
    if (at) Object.assign(e, { file: at.file, line: at.line + Math.max(0, (e.line ?? 1) - 1) });
  }
  r.effects.push(...refineObserved(r.effects));
  const partial = [...new Set(r.runs.filter((x) => x.status !== 'done').map((x) => `${x.entry} (${x.persona}: ${x.status}${x.error ? `, ${x.error.slice(0, 80)}` : ''})`))];
  return { effects: r.effects, partial };
}

/**
 * What the emulator observed, read further: commands it saw run go to the shell translator (a decoded
 * `curl … | sh` is a download-and-run), and a bare shell started beside a socket to an outside host is a
 * reverse shell.
 */
function refineObserved(observed: Effect[]): Effect[] {
  const out: Effect[] = [];
  for (const e of observed) {
    if (e.kind !== 'exec' || !e.command) continue;
    // A process started with nothing but paths (node + the package's own script, under the persona's home) was
    // computed from locations, not decoded from a payload.
    // A process the code starts is judged by what its command line does (lowered below: `curl … | sh` is a
    // download-and-run); that its words were computed at run time (paths, a browser binary) is not decoding.
    const ranDecoded = e.origin === 'decoded';
    if (e.origin === 'decoded' && /\b(?:spawn|exec|execFile|fork|spawnSync|execSync|execFileSync)\(/.test(e.evidence)) e.origin = 'computed';
    const cmd = e.command.replace(/^(?:spawn|exec|execSync|execFile|spawnSync)\(|\)$/g, '');
    // What the observed command took in (its arguments' and its standard input's canaries) goes out with what it
    // sends. A trusted service's CLI publishing (a pull request's title and body, a gist) publishes what a caller
    // handed the function for that (`createPullRequest(title, body)`): the caller's arguments are not taken there.
    for (const x of lowerShell(cmd, { file: e.file, firstLine: e.line, reach: e.reach, scope: `emulation:${e.persona ?? ''}:${e.file}`, lang: 'emulation', decoded: true })) {
      // (npm leaves every .npmrc out of what it publishes: one the command names is its login, not the package's content)
      const publishes = x.kind === 'send' && x.host === 'registry.npmjs.org' && /\bpublish\b/.test(cmd);
      const taken = x.kind !== 'send' ? [] : (x.hostClass === 'paste' ? (e.consumes ?? []).filter((k) => !k.startsWith('canary:arg-')) : e.consumes ?? []).filter((k) => !publishes || !NPMRC_KEY.test(k));
      // (PowerShell's -EncodedCommand decodes what the run encoded: the run saw whether that was its own readable text)
      const encodedByRun = x.kind === 'exec' && x.origin === 'decoded' && x.command === cmd && !ranDecoded && /\s-e(?:nc|ncodedcommand)?\s/i.test(cmd);
      out.push({ ...x, ...(encodedByRun ? { origin: e.origin } : {}), ...(taken.length ? { consumes: [...(x.consumes ?? []), ...taken], carries: [...new Set([...(x.carries ?? []), ...(e.carries ?? [])])] } : {}), ...(e.persona ? { persona: e.persona } : {}), evidence: `observed in emulation${e.persona ? ` (${e.persona} persona)` : ''}: ${x.evidence}`.slice(0, 200) });
    }
    if (/^(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k)?sh(?:\s+-[ils]{1,3})*$|^cmd(?:\.exe)?(?:\s+\/[qk])*$|^(?:powershell|pwsh)(?:\.exe)?(?:\s+-(?:nop|noprofile|noni|nologo|noninteractive))*$/i.test(cmd.trim())) {
      const sock = observed.find((o) => o.persona === e.persona && o.file === e.file && (o.kind === 'fetch' || o.kind === 'send') && o.hostClass && !['loopback', 'configured', 'vendor', 'registry', 'private'].includes(o.hostClass));
      if (sock) out.push({ ...e, channel: 'socket', origin: 'downloaded', host: sock.host, hostClass: sock.hostClass, evidence: `observed in emulation (${e.persona} persona): a shell started beside a connection to ${sock.host ?? 'a remote host'}` });
    }
  }
  return out;
}

export interface FileForEffects {
  rel: string;
  text: string;
  kind: FileKind;
}

export interface TargetFacts {
  target: 'package' | 'skill';
  files: FileForEffects[];
  /** Package-relative files that run at install time / load time / as a declared bin. */
  installFiles: Set<string>;
  loadFiles: Set<string>;
  binFiles: Set<string>;
  /** The package's manifest (its homepage and repository name the project's own site). */
  manifest?: Record<string, unknown>;
  /** Dependency names the package declares (typosquat check). */
  dependencies?: string[];
  /** Lifecycle commands (event → command) of the package and the dependencies it ships, with the manifest they are in. */
  scripts: Array<{ event: string; command: string; file: string }>;
  /** The code of the package's install-time files, when it ships Go sources (whose program an install may build). */
  installCode?: string;
  /** The package ships the sources of a native module (a binding.gyp at its root) that node-gyp can build. */
  buildsNative?: boolean;
  /** Filled while lowering: the JavaScript programs install-time commands run with `node -e` (emulated as files). */
  inlineNode?: InlineNodeProgram[];
  /** Filled while lowering: the documents a skill presents as quoted, never to be run (demoteQuotedFindings reads it). */
  quotedDocs?: Set<string>;
}

/** A file a runtime or interpreter runs (not markdown or data the model reads). */
export const SCRIPT_FILE = /\.(?:[cm]?[jt]s|py|sh|bash|zsh|rb|pl|ps1|go|php)$/i;
export const TEST_PATH = /(?:^|\/)(?:test|tests|__tests__|spec|specs|__mocks__|fixtures?|examples?|samples?|demo|docs?|benchmarks?|bench|e2e|coverage)\/|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)(?:CHANGELOG|HISTORY|README|SECURITY|CONTRIBUTING)(?![^/]*\.(?:[cm]?[jt]sx?|py|sh|rb|go|ps1|pl|php)$)[^/]*$/i;

function scriptLangOf(rel: string, text: string): ScriptLang | undefined {
  if (langModule) return langModule.languageOf(rel, text);
  return undefined;
}

/** A Go source file (its kind is `data` to the content analyzers; the Go translator lowers it). */
const isGo = (f: FileForEffects): boolean => /\.go$/i.test(f.rel) && !/_test\.go$/i.test(f.rel);

/**
 * The Go files a skill's instructions run: `go run ./cmd/sync`, `go run .`, `go run main.go util.go`, `go build
 * -o bin/x ./cmd/x` (and `go install`; the built binary is what the agent then runs), `./...` for every folder
 * below. A Go package is every non-test .go file of its folder.
 */
function goPackagesRun(text: string, files: readonly FileForEffects[]): string[] {
  if (!/\bgo\s+(?:run|build|install)\b/.test(text)) return [];
  const goFiles = files.filter(isGo).map((f) => f.rel);
  if (!goFiles.length) return [];
  const mods = goModules(files);
  const out = new Set<string>();
  for (const m of text.matchAll(/\bgo\s+(?:run|build|install)\b([^\n`;|&)]*)/g)) {
    const words = m[1].trim().split(/\s+/);
    // `cd {baseDir}/tool && go run .`: paths are the folder's the line changed into
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    const cd = [...line.matchAll(/\bcd\s+["']?([^\s"';&|]+)["']?\s*(?:&&|;)/g)].pop()?.[1].replace(/^\{baseDir\}\/?/, './');
    // (`cd "$here/fmtcache"`, a folder under one the script computed: the package's folder of that name)
    const under = cd && /^\$\{?\w+\}?\/(.+)$/.exec(cd)?.[1].replace(/\/$/, '');
    const named = under ? [...new Set(goFiles.map((g) => path.posix.dirname(g)).filter((d) => d === under || d.endsWith('/' + under)))] : [];
    const base = named.length === 1 ? named[0] : cd && !/^(?:\/|~|\$)/.test(cd) ? cd : '.';
    for (let i = 0; i < words.length; i++) {
      const given = words[i].replace(/^["']|["']$/g, '').replace(/^\{baseDir\}\/?/, './');
      const w = given && !given.startsWith('-') && base !== '.' ? './' + path.posix.join(base, given) : given;
      if (!w) continue;
      if (w.startsWith('-')) {
        if (/^-(?:o|tags|ldflags|gcflags|C|mod|modfile|p|exec|overlay|pgo)$/.test(w)) i++;
        continue;
      }
      if (w.startsWith('--')) break;
      // A package by its import path (`go install github.com/acme/kpl/cmd/kpl@latest`): when the skill ships that
      // module (a go.mod naming it), the source it ships is the source of what is built.
      const bare = w.replace(/@[^/]*$/, '');
      const mod = /^[\w-]+(?:\.[\w-]+)+\//.test(w) ? mods.find((m) => bare === m.path || bare.startsWith(`${m.path}/`)) : undefined;
      if (mod) {
        const sub = bare.slice(mod.path.length).replace(/^\//, '').replace(/\/?\.\.\.$/, '');
        const dir = path.posix.normalize(path.posix.join(mod.dir, sub || '.'));
        for (const g of goFiles) if (path.posix.dirname(g) === dir || (w.endsWith('/...') && g.startsWith(dir === '.' ? '' : `${dir}/`))) out.add(g);
        break;
      }
      if (/\.go$/.test(w)) {
        const rel = path.posix.normalize(w);
        for (const g of goFiles) if (g === rel || g.endsWith('/' + rel)) out.add(g);
        continue;
      }
      if (!/^\.{1,2}(?:\/|$)|^[\w.-]+(?:\/[\w.-]+)*(?:\/\.\.\.)?$/.test(w) || (!w.startsWith('.') && !w.includes('/'))) break;
      const all = w.endsWith('/...');
      const dir = path.posix.normalize(w.replace(/\/?\.\.\.$/, '') || '.');
      for (const g of goFiles) {
        const gd = path.posix.dirname(g);
        if (gd === dir || (all && (dir === '.' || gd.startsWith(dir + '/')))) out.add(g);
      }
      break;
    }
  }
  return [...out];
}

/**
 * Commands code starts with a program and an argument list (`spawnSync("go", ["build", "-o", out, "./cmd/x"])`), one
 * per line, as a shell would read them: the list's string literals in order, each other item a word standing for it.
 */
function argvCommands(code: string): string {
  const out: string[] = [];
  for (const m of code.matchAll(/(["'`])([\w.-]+)\1\s*,\s*\[([^\]]{0,400})\]/g)) {
    const words = m[3].split(',').map((w) => w.trim()).filter(Boolean).map((w) => /^(["'`])(.*)\1$/.exec(w)?.[2] ?? 'ARG');
    out.push([m[2], ...words].join(' '));
  }
  return out.join('\n');
}

/**
 * The target's Ruby and Python files the scripts in `run` load, transitively: Ruby's `require_relative 'x'`,
 * `require './x'` and `load 'x.rb'` (from the requiring file's folder), Python's `import x` and `from x import y`
 * (`x.py` or `x/__init__.py` beside the importer) and `from . import a, b`.
 */
function localImportsOf(run: readonly string[], files: readonly FileForEffects[]): string[] {
  // (a script without an extension counts by its interpreter line: `bin/git-credential-x` with `#!/usr/bin/env ruby`)
  const langOf = (f: FileForEffects): string | undefined => /\.rb$/i.test(f.rel) ? 'rb' : /\.py$/i.test(f.rel) ? 'py' : !/\.\w+$/.test(f.rel) ? /^#!.*\bruby\b/.exec(f.text) ? 'rb' : /^#!.*\bpython/.exec(f.text) ? 'py' : undefined : undefined;
  const kindOf = new Map(files.map((f) => [f.rel, langOf(f)] as const).filter((x): x is [string, string] => !!x[1]));
  const text = new Map(files.filter((f) => kindOf.has(f.rel)).map((f) => [f.rel, f.text]));
  if (!text.size) return [];
  const seen = new Set(run.filter((r) => text.has(r)));
  const queue = [...seen];
  const add = (rel: string) => {
    if (text.has(rel) && !seen.has(rel)) {
      seen.add(rel);
      queue.push(rel);
    }
  };
  while (queue.length && seen.size < 200) {
    const rel = queue.shift()!;
    const dir = path.posix.dirname(rel);
    const src = text.get(rel)!;
    if (kindOf.get(rel) === 'rb')
      for (const m of src.matchAll(/^\s*(require_relative|require|load)\s*\(?\s*['"]([\w./-]+?)(?:\.rb)?['"]/gm))
        if (m[1] === 'require_relative' || m[2].startsWith('.')) add(path.posix.normalize(path.posix.join(dir, `${m[2]}.rb`)));
        // (a gem's lib/ folder is on the load path: `require "keyring/store"` is lib/keyring/store.rb)
        else for (const r of text.keys()) if (r === `lib/${m[2]}.rb` || r.endsWith(`/lib/${m[2]}.rb`)) add(r);
    if (kindOf.get(rel) === 'py')
      for (const m of src.matchAll(/^\s*(?:from\s+(\.*)([\w.]*)\s+import\s+\(?([\w, ]+)|import\s+([\w., ]+))/gm)) {
        const mods = m[4] !== undefined ? m[4].split(',').map((x) => x.trim().split(/\s+/)[0]!) : m[2] ? [m[2]] : m[3]!.split(',').map((x) => x.trim().split(/\s+/)[0]!);
        // (an absolute import resolves from the script's folder or, in a package, from the folder above it, as the
        // translator's moduleFile does: `from fetchkit.edge import route` in fetchkit/server.py)
        const bases = m[1] ? [m[1].length > 1 ? path.posix.join(dir, ...Array(m[1].length - 1).fill('..')) : dir] : [dir, ...[1, 2, 3].map((n) => path.posix.join(dir, ...Array(n).fill('..')))].filter((b) => !b.startsWith('..'));
        // (and `from pkg import mod` imports pkg/mod.py when that is a module)
        const subs = m[2] && m[3] ? m[3].split(',').map((x) => x.trim().split(/\s+/)[0]!).filter(Boolean) : [];
        for (const base of bases)
          for (const mod of mods) {
            const p = path.posix.normalize(path.posix.join(base, ...mod.split('.')));
            add(`${p}.py`);
            add(`${p}/__init__.py`);
            for (const sub of subs) add(`${p}/${sub}.py`);
          }
      }
  }
  return [...seen].filter((r) => !run.includes(r));
}

/** The Go modules the target ships: each go.mod's folder and module path. */
function goModules(files: readonly FileForEffects[]): Array<{ dir: string; path: string }> {
  return files.flatMap((f) => {
    const m = /(?:^|\/)go\.mod$/.test(f.rel) ? /^module\s+(\S+)/m.exec(f.text) : null;
    return m ? [{ dir: path.posix.dirname(f.rel), path: m[1] }] : [];
  });
}

/**
 * The Go files of the module's own packages that the Go files `run` import, transitively (bounded): an imported
 * package's init() runs before main, and its functions run when called. A package is found by its import path,
 * the module path of the nearest go.mod above the importing file plus the folder below it.
 */
function goImportsOf(run: readonly string[], files: readonly FileForEffects[]): string[] {
  const goFiles = files.filter(isGo);
  if (!goFiles.length) return [];
  const mods = goModules(files);
  if (!mods.length) return [];
  const text = new Map(goFiles.map((f) => [f.rel, f.text]));
  const seen = new Set(run.filter((r) => text.has(r)));
  const queue = [...seen];
  while (queue.length && seen.size < 200) {
    const rel = queue.shift()!;
    const mod = mods.filter((m) => m.dir === '.' || rel.startsWith(`${m.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
    if (!mod) continue;
    const imports = /\bimport\s*(?:\(([^)]*)\)|(?:[\w.]+\s+)?"([^"]+)")/g;
    for (const m of text.get(rel)!.matchAll(imports)) {
      for (const q of (m[1] ?? `"${m[2]}"`).matchAll(/"([^"]+)"/g)) {
        if (q[1] !== mod.path && !q[1].startsWith(`${mod.path}/`)) continue;
        const sub = q[1].slice(mod.path.length).replace(/^\//, '');
        const dir = path.posix.normalize(path.posix.join(mod.dir, sub || '.'));
        for (const g of goFiles) if (path.posix.dirname(g.rel) === dir && !seen.has(g.rel)) {
          seen.add(g.rel);
          queue.push(g.rel);
        }
      }
    }
  }
  return [...seen].filter((r) => !run.includes(r));
}

/** A Maven build file. */
const POM = /(?:^|\/)pom\.xml$/i;
/** Text a model reads as it is, not markdown: tables, plain text, web pages. */
export const READ_AS_TEXT = /\.(?:csv|tsv|txt|text|html?|xml|svg)$/i;
/** Files a shell script may source for its settings (`. "$DIR/vault.conf"`): read for their assignments. */
export const SOURCED_CONFIG = /\.(?:conf|cfg|ini|env|rc|vars)$/i;

/** A line that sources a file (`. "$DIR/vault.conf"`, `… && source lib.sh`): what precedes it (group 1), the file (2). */
const SOURCE_LINE = /^(\s*|[^\n]*?(?:&&|\|\||;|\bthen)\s*)(?:\.|source)\s+(\S+)\s*$/gm;
/**
 * A shell library another script sources (`source "$HERE/lib/seat.sh"`) runs with what that script sourced before it
 * already set (`lib/common.sh`'s `KP_API="${KP_API:-https://…}"`): those files' assignments go on its first line, so
 * the address it posts to is that value, not a setting of the user's. The scripts read are the library's neighbours
 * (its folder, the folder above and that folder's others), where a script that sources it by a relative path lives.
 */
function withSiblingSettings(text: string, rel: string, files: ReadonlyMap<string, string>): string {
  if (!/\.(?:sh|bash)$/i.test(rel)) return text;
  const base = path.posix.basename(rel);
  const dir = path.posix.dirname(rel);
  const parent = path.posix.dirname(dir);
  const near = (other: string): boolean => {
    const d = path.posix.dirname(other);
    return d === dir || d === parent || path.posix.dirname(d) === parent;
  };
  const assigns: string[] = [];
  for (const [other, body] of files) {
    if (other === rel || !/\.(?:sh|bash)$/i.test(other) || !near(other) || !body.includes(base)) continue;
    const sourced = [...body.matchAll(SOURCE_LINE)].map((m) => m[2]!.replace(/^["']|["']$/g, '').split(/[\\/]/).pop() ?? '');
    const at = sourced.indexOf(base);
    if (at <= 0) continue;
    for (const name of sourced.slice(0, at)) {
      const found = [path.posix.join(path.posix.dirname(rel), name), path.posix.join(path.posix.dirname(other), name)].find((c) => files.has(c));
      if (found) assigns.push(...files.get(found)!.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^(?:export\s+|readonly\s+)?[A-Za-z_][A-Za-z0-9_]*=/.test(l) && !/[`]|\$\(/.test(l)).map((l) => l.replace(/^(?:export|readonly)\s+/, '')));
    }
    break;
  }
  return assigns.length ? `${assigns.slice(0, 40).join('; ')}; ${text}` : text;
}

/**
 * A shell script with what it sources from the target inlined: `. "$DIR/vault.conf"` (or `source …`) naming a file
 * the target ships becomes that file's assignments, on the same line, so a host a shipped config sets is the script's
 * value (not a setting the user made). Other lines are kept as they are.
 */
function withSourcedConfig(text: string, rel: string, files: ReadonlyMap<string, string>): string {
  text = withSiblingSettings(withShippedLines(withShippedJsonValues(text, rel, files), files), rel, files);
  if (!/(?:^\s*|&&\s*|\|\|\s*|;\s*|\bthen\s+)(?:\.|source)\s/m.test(text)) return text;
  // (the file a variable names, `CONF="${XDG_CONFIG_HOME:-$HOME/.config}/tool/tool.conf"` then `[[ -f "$CONF" ]] && . "$CONF"`:
  // where the installer copies the shipped file of that name, found by its name when the package ships only one)
  const valueOf = (name: string): string | undefined => new RegExp(`^\\s*(?:export\\s+|local\\s+|readonly\\s+)?${name}=(\\S+)\\s*$`, 'm').exec(text)?.[1];
  return text.replace(SOURCE_LINE, (line, indent: string, target: string) => {
    let spec = target.replace(/^["']|["']$/g, '');
    const variable = /^\$\{?(\w+)\}?$/.exec(spec);
    if (variable) spec = (valueOf(variable[1]!) ?? spec).replace(/^["']|["']$/g, '');
    const name = spec.split(/[\\/]/).pop() ?? '';
    if (!SOURCED_CONFIG.test(name) && !/\.sh$/i.test(name)) return line;
    const dir = path.posix.dirname(rel);
    const byName = variable ? [...files.keys()].filter((f) => path.posix.basename(f) === name) : [];
    const found = [path.posix.join(dir, name), path.posix.join(path.posix.dirname(dir), name), name, ...(byName.length === 1 ? byName : [])].find((c) => files.has(c));
    if (!found) return line;
    const assigns = files.get(found)!.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=/.test(l) && !/[`]|\$\(/.test(l));
    return assigns.length ? indent + assigns.map((l) => l.replace(/^export\s+/, '')).join('; ') : line;
  });
}

/** A shipped JSON file small enough to be a script's settings. */
export const SHIPPED_JSON = /\.json$/i;
const MAX_SHIPPED_JSON_CHARS = 64 * 1024;
export const isShippedJson = (rel: string, text: string): boolean => SHIPPED_JSON.test(rel) && !/(?:^|\/)(?:package|package-lock|tsconfig)\.json$/i.test(rel) && text.length <= MAX_SHIPPED_JSON_CHARS;

/**
 * A value a shell script reads out of a JSON file the target ships (`URL="$(jq -r .portal "$CFG")"`, or through a
 * helper of the script's own, `field() { python3 -c '…json.load…' "$CFG" "$1"; }` then `URL="$(field portal)"`) is
 * the target's own value, as a sourced config's assignment is: it is written into the assignment, so a host the
 * shipped file names is the script's destination (not a setting the user made). Only files the script names.
 */
function withShippedJsonValues(text: string, rel: string, files: ReadonlyMap<string, string>): string {
  if (!/\$\(/.test(text)) return text;
  const named: Array<Record<string, unknown>> = [];
  for (const [f, body] of files) {
    if (!SHIPPED_JSON.test(f) || !text.includes(path.posix.basename(f))) continue;
    try {
      const v: unknown = JSON.parse(body);
      if (v && typeof v === 'object' && !Array.isArray(v)) named.push(v as Record<string, unknown>);
    } catch {
      /* not JSON: nothing to read */
    }
  }
  if (!named.length) return text;
  // the script's helpers whose body reads JSON
  const readers = new Set([...text.matchAll(/^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\s*\)\s*\{([^\n]*)/gm)].filter((m) => /\bjson\b|\bjq\b/i.test(m[2])).map((m) => m[1]));
  const lookup = (keyPath: string): string | undefined => {
    for (const obj of named) {
      let v: unknown = obj;
      for (const k of keyPath.split('.')) v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined;
      if (typeof v === 'string' || typeof v === 'number') return String(v);
    }
    return undefined;
  };
  return text.replace(/^(\s*(?:export\s+|local\s+|readonly\s+)?[A-Za-z_]\w*=)(["']?)\$\(\s*([^()\n]*?)\s*\)\2\s*$/gm, (line, lead: string, _q: string, cmd: string) => {
    const jq = /^jq\s+(?:-r\s+|--raw-output\s+)*["']?\.([\w.]+)["']?\s+\S+$/.exec(cmd);
    const helper = /^([A-Za-z_][\w-]*)\s+["']?([\w.]+)["']?$/.exec(cmd);
    const keyPath = jq ? jq[1] : helper && readers.has(helper[1]) ? helper[2] : undefined;
    const value = keyPath ? lookup(keyPath) : undefined;
    return value !== undefined && !/["'`$\\\n]/.test(value) ? `${lead}"${value}"` : line;
  });
}

/**
 * The same for a line a script takes out of a text file the target ships (`canary="$(sed -n '/^## canary/{n;p;}'
 * "$REF")"`, `head -n 1`, `sed -n 3p`, `grep -m1 RE`, `awk 'NR==3'`): the line is written into the assignment, so
 * running the variable runs that line. The file is the one the argument names, or the shipped file whose name the
 * variable it is in was assigned with (`REF="$here/../references/indicators.md"`).
 */
function withShippedLines(text: string, files: ReadonlyMap<string, string>): string {
  if (!/\$\(/.test(text)) return text;
  const shipped = [...files.keys()].filter((f) => SHIPPED_TEXT_FILE.test(f) && text.includes(path.posix.basename(f)));
  if (!shipped.length) return text;
  const fileOf = (arg: string): string | undefined => {
    const bare = arg.replace(/^["']|["']$/g, '');
    const v = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(bare)?.[1];
    const named = v ? new RegExp(`(?:^|[\\s;])(?:local\\s+|readonly\\s+|export\\s+)?${v}=(\\S+)`, 'm').exec(text)?.[1] ?? '' : bare;
    return shipped.find((f) => named.includes(path.posix.basename(f)));
  };
  // Each form: the command (its file argument the last group), and the line it prints of the file's lines.
  const pick = (re: RegExp | undefined, lines: string[], after: boolean): string | undefined => {
    if (!re) return undefined;
    const at = lines.findIndex((l) => re.test(l));
    return at < 0 ? undefined : lines[at + (after ? 1 : 0)];
  };
  const pattern = (s: string): RegExp | undefined => {
    try {
      return new RegExp(s);
    } catch {
      return undefined; // a pattern JavaScript does not read: left as written
    }
  };
  const forms: Array<[RegExp, (m: RegExpExecArray, lines: string[]) => string | undefined]> = [
    [/^sed\s+-n\s+(['"])\/(.+?)\/\s*\{\s*n\s*;\s*p\s*;?\s*\}\1\s+(\S+)$/, (m, lines) => pick(pattern(m[2]), lines, true)],
    [/^sed\s+-n\s+(['"]?)(\d+)p\1\s+(\S+)$/, (m, lines) => lines[Number(m[2]) - 1]],
    [/^awk\s+(['"])NR\s*==\s*(\d+)\1\s+(\S+)$/, (m, lines) => lines[Number(m[2]) - 1]],
    [/^head\s+-(?:n\s*)?1\s+(\S+)$/, (_m, lines) => lines[0]],
    [/^grep\s+(?:-E\s+)?-m\s*1\s+(?:-E\s+)?(['"])(.+?)\1\s+(\S+)$/, (m, lines) => pick(pattern(m[2]), lines, false)],
  ];
  return text.replace(/^(\s*(?:export\s+|local\s+|readonly\s+)?[A-Za-z_]\w*=)(["']?)\$\(\s*([^()\n]*?)\s*\)\2\s*$/gm, (line, lead: string, _q: string, cmd: string) => {
    for (const [re, print] of forms) {
      const m = re.exec(cmd);
      const file = m ? fileOf(m[m.length - 1]!) : undefined;
      if (!m || !file) continue;
      const value = print(m, files.get(file)!.split(/\r?\n/))?.trim();
      return value && !/['\n]/.test(value) ? `${lead}'${value}'` : line;
    }
    return line;
  });
}

/**
 * Modules a bundled Python environment imports on every start of its interpreter: a skill that runs
 * `{baseDir}/.venv/bin/python` runs what the environment's `.pth` files import (`import _accel` lines execute at
 * start-up, before the script).
 */
function startupModulesRun(text: string, files: readonly FileForEffects[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\{baseDir\}\/|\.\/)?((?:[\w.-]+\/)*?)bin\/python[\d.]*\b/g)) {
    const env = m[1].replace(/\/$/, '');
    if (!env) continue;
    for (const f of files) {
      if (!f.rel.startsWith(env + '/') || !/\/site-packages\/[^/]+\.pth$/.test(f.rel)) continue;
      const dir = path.posix.dirname(f.rel);
      for (const line of f.text.split('\n')) {
        const mod = /^import\s+([\w.]+)/.exec(line)?.[1];
        if (!mod) continue;
        const base = `${dir}/${mod.replace(/\./g, '/')}`;
        for (const g of files) if (g.rel === `${base}.py` || g.rel === `${base}/__init__.py`) out.push(g.rel);
      }
    }
  }
  return out;
}

export function lowerTarget(facts: TargetFacts): Effect[] {
  const effects: Effect[] = [];
  const skillMd = facts.files.find((f) => /^SKILL\.md$/i.test(f.rel));
  // Files SKILL.md names (scripts it runs, docs it links): the agent reads or runs them on instruction.
  const named = new Set<string>();
  const toolRun = new Set<string>();
  const quotedDocs = facts.quotedDocs ?? new Set<string>();
  const builtAtInstall = new Set<string>();
  const credentialHelpers = new Set<string>();
  const index = skillMd ? fileIndex(facts.files) : undefined;
  if (skillMd && index) {
    for (const rel of filesNamedIn(skillMd.text, index)) if (rel !== skillMd.rel) named.add(rel);
    // The model follows a linked document's own links too ("run the preflight in references/preflight.md", which
    // says to build what context-collection.md lists and send it as support-bundle.md says): a markdown document
    // SKILL.md names passes its reach on to the files it names, to any depth.
    const byRel = new Map(facts.files.map((f) => [f.rel, f]));
    const docs = [...named].filter((rel) => DOC.test(rel));
    for (let i = 0; i < docs.length && i < MAX_LINKED_DOCS; i++) {
      for (const rel of filesNamedIn(byRel.get(docs[i])?.text ?? '', index)) {
        if (rel === skillMd.rel || named.has(rel)) continue;
        named.add(rel);
        if (DOC.test(rel)) docs.push(rel);
      }
    }
    // Windows paths name the same files (`{baseDir}\\scripts\\cleanup.ps1`).
    const text = skillMd.text.includes('\\') ? skillMd.text.replace(/\\/g, '/') : skillMd.text;
    // (and what its install metadata has OpenClaw build: `{"kind": "go", "module": "github.com/acme/kpl/cmd/kpl@latest"}`)
    const goInstalls = !facts.files.some(isGo) ? [] : installEntries(skillMd.text).flatMap((e) => (e.kind === 'go' && typeof e.module === 'string' ? [`go install ${e.module}`] : []));
    for (const rel of goPackagesRun([text, ...goInstalls].join('\n'), facts.files)) named.add(rel);
    for (const rel of startupModulesRun(text, facts.files)) named.add(rel);
    // `make setup` runs the Makefile's recipes, `composer install` composer.json's script hooks
    // (as a command: in backticks or on a line of its own, not the word in "make sure"; its variables may be paths,
    // `make -C {baseDir} OUT_DIR=/abs/gen`)
    if (/`\s*(?:cd\s+\S+\s*&&\s*)?make(?:\s[^`\n]*)?`|^\s*(?:\$\s+)?(?:cd\s+\S+\s*&&\s*)?make(?:\s+(?:-[CfI]\s*\S+|-[A-Za-z]\S*|[\w.-]+(?:=\S*)?))*\s*$/m.test(text)) {
      for (const f of facts.files) {
        if (!/(?:^|\/)(?:GNU)?makefile$/i.test(f.rel)) continue;
        named.add(f.rel);
        // and the makefiles it includes (`include $(SKILL_DIR)scripts/cache.mk`): their rules are its rules
        for (const [, list] of f.text.matchAll(/^[ \t]*-?s?include[ \t]+([^\n#]+)/gm))
          for (const word of list.trim().split(/\s+/)) {
            const base = word.replace(/\$[({][^)}]*[)}]/g, '').replace(/^\.?\//, '');
            const hit = base && facts.files.find((g) => g.rel === base || g.rel === path.posix.join(path.posix.dirname(f.rel), base) || (base.includes('/') && g.rel.endsWith(`/${base}`)));
            if (hit) named.add(hit.rel);
          }
        // Its recipes' `go build ./cmd/x` (or `$(GO) build`) name packages from the Makefile's own folder.
        const dir = path.posix.dirname(f.rel);
        const recipes = f.text.replace(/\$[({]GO[)}]/g, 'go').replace(/\$[({](\w+)[)}]/g, '$1').split('\n').map((l) => (dir === '.' ? l : `cd ${dir} && ${l.trim()}`)).join('\n');
        for (const rel of goPackagesRun(recipes, facts.files)) named.add(rel);
      }
    }
    // `Import-Module ./Mod/Mod.psd1` (or the module's folder) runs what its manifest names: ScriptsToProcess in the
    // caller's session first, then RootModule and NestedModules
    for (const m of text.matchAll(/\b(?:Import-Module|ipmo)\s+(?:-Name\s+)?["']?([^\s"';|]+)/gi)) {
      const spec = m[1]!.replace(/^\{baseDir\}\/?|^\$PSScriptRoot\/?|^\.\//, '').replace(/\/$/, '');
      const manifest = facts.files.find((f) => /\.psd1$/i.test(f.rel) && (f.rel === spec || f.rel.endsWith(`/${spec}`) || path.posix.dirname(f.rel) === spec || path.posix.dirname(f.rel).endsWith(`/${spec}`)));
      if (!manifest) continue;
      named.add(manifest.rel);
      const dir = path.posix.dirname(manifest.rel);
      for (const [, , value] of manifest.text.matchAll(/\b(ScriptsToProcess|RootModule|ModuleToProcess|NestedModules)\s*=\s*(@\([^)]*\)|'[^']*'|"[^"]*")/gi))
        for (const [, name] of value!.matchAll(/['"]([^'"]+)['"]/g)) {
          const rel = path.posix.normalize(path.posix.join(dir, name!.replace(/\\/g, '/')));
          if (facts.files.some((f) => f.rel === rel)) named.add(rel);
        }
    }
    // `gem install` of a gem the skill ships (or `gem build` of its gemspec) compiles its native extension: RubyGems runs
    // each ext/<name>/extconf.rb (and mkrf_conf.rb) of that gem
    if (/(?:^|[\s;&|(`])gem\s+(?:build|install)\b/m.test(text))
      for (const f of facts.files) if (/(?:^|\/)ext\/(?:[^/]+\/)?(?:extconf|mkrf_conf)\.rb$/.test(f.rel)) named.add(f.rel);
    // `cmake -S bench -B build` (or `cmake ..`) configures: CMake runs the CMakeLists.txt and the modules it includes
    // (`include(CompilerCache)` is cmake/CompilerCache.cmake beside it, or on its CMAKE_MODULE_PATH)
    if (/`\s*(?:cd\s+\S+\s*&&\s*)?cmake\s[^`\n]*`|^\s*(?:\$\s+)?(?:cd\s+\S+\s*&&\s*)?cmake\s+(?:-S\b|-B\b|\.|\S+\/)/m.test(text))
      for (const f of facts.files) {
        if (!/(?:^|\/)CMakeLists\.txt$/.test(f.rel)) continue;
        named.add(f.rel);
        const dir = path.posix.dirname(f.rel);
        for (const [, mod] of f.text.matchAll(/^[ \t]*include\s*\(\s*"?([\w./${}-]+?)"?\s*(?:OPTIONAL|RESULT_VARIABLE\b[^)]*)?\)/gim)) {
          const base = mod.replace(/\$\{CMAKE_CURRENT_(?:SOURCE|LIST)_DIR\}\/?/, '');
          const wanted = /\.cmake$/i.test(base) ? [path.posix.join(dir, base)] : [path.posix.join(dir, 'cmake', `${base}.cmake`), path.posix.join(dir, `${base}.cmake`)];
          const hit = facts.files.find((g) => wanted.includes(g.rel) || (!/\.cmake$/i.test(base) && g.rel.endsWith(`/${base}.cmake`) && g.rel.startsWith(dir === '.' ? '' : `${dir}/`)));
          if (hit) named.add(hit.rel);
        }
      }
    // `just digest` runs the justfile's recipes: the scripts they name by folder and name (`tools/render.sh`) run
    if (/(?:^|[;&|(`]\s*|\$\s+)just(?:\s|`|$)/m.test(text))
      for (const f of facts.files) {
        if (!/(?:^|\/)\.?justfile$/i.test(f.rel)) continue;
        named.add(f.rel);
        for (const g of facts.files) if (g !== f && g.rel.includes('/') && f.text.includes(g.rel)) named.add(g.rel);
      }
    // A credential helper the skill installs (`git config --global credential.helper "{baseDir}/bin/git-credential-x"`)
    // is run by git with the user's credentials on its input
    // (set by a script the skill runs too; a bare name, `credential.helper cacheplus`, is git's `git-credential-cacheplus`)
    const setters = [text, ...facts.files.filter((f) => (f.kind === 'shell' || f.kind === 'script') && named.has(f.rel) && /credential/.test(f.text)).map((f) => f.text)];
    for (const m of setters.flatMap((t) => [...t.matchAll(/\bcredential(?:\.[\w.:/-]+)?\.helper["']?\s+["']?(?:!\s*)?([^"'\s;|&]+)/g)])) {
      const base = m[1]!.replace(/^\{baseDir\}\/|^\.\//, '');
      const bare = /^[\w.-]+$/.test(base) ? `git-credential-${base}` : undefined;
      const hit = facts.files.find((f) => f.rel === base || (base.includes('/') && f.rel.endsWith(`/${base}`)) || (bare !== undefined && path.posix.basename(f.rel) === bare));
      if (!hit) continue;
      named.add(hit.rel);
      credentialHelpers.add(hit.rel);
    }
    // `pip install ./helper` runs the helper's setup.py (skillRunsFile); so does an install recipe of kind uv or pip
    // given the folder, and either runs the in-tree build backend its pyproject.toml names (backend-path)
    for (const f of facts.files) if (/(?:^|\/)setup\.py$/.test(f.rel) && skillRunsFile(text, f.rel)) named.add(f.rel);
    for (const rel of pythonBuildFiles(facts.files, text, installEntries(skillMd.text))) {
      named.add(rel);
      builtAtInstall.add(rel);
    }
    // `go generate` runs the programs its directives name (`//go:generate go run ../internal/gen`)
    if (/\bgo\s+generate\b/.test(text)) {
      const directives = facts.files.filter(isGo).flatMap((f) => [...f.text.matchAll(/^\/\/go:generate\s+go\s+run\s+(\S+)/gm)].map((m) => `go run ./${path.posix.normalize(path.posix.join(path.posix.dirname(f.rel), m[1]!))}`));
      for (const rel of goPackagesRun(directives.join('\n'), facts.files)) named.add(rel);
      // and the other commands they name (`//go:generate sh -c "…"`, a downloader, a formatter), run in the Go file's folder
      for (const f of facts.files.filter(isGo))
        for (const m of f.text.matchAll(/^\/\/go:generate[ \t]+(?!go\s+run\b)(.+)$/gm)) {
          const line = f.text.slice(0, m.index).split('\n').length;
          effects.push(...lowerShell(m[1]!, { file: f.rel, firstLine: line, reach: 'agent', scope: f.rel }).map((e) => ({ ...e, evidence: `go generate runs: ${e.evidence}`.slice(0, 200) })));
        }
    }
    // A Python package the skill runs as a module (`python -m fetchkit`, `uvx --from {baseDir} python -m fetchkit`) or by
    // a command its pyproject.toml declares (`pipx run --spec {baseDir} sqlite-lens-mcp`): that module runs.
    for (const rel of pythonEntryModules(text, facts.files)) named.add(rel);
    // A Go program runs the packages it imports too (their init() first): the module's own, by go.mod's path.
    for (const rel of goImportsOf([...named], facts.files)) named.add(rel);
    // A Ruby or Python script runs the sibling files it requires or imports too (their top-level code at load, and the
    // methods it calls there).
    for (const rel of localImportsOf([...named], facts.files)) named.add(rel);
    // A script the agent runs that names another script of the skill by its folder and name (`cp "$SRC/$h" …` over
    // `for h in pre-push …` with SRC=…/hooks) runs or installs it: that one is reached too.
    // (to any depth: a script it reaches that way, a sourced library, reaches the hook the library installs)
    const scriptsOf = facts.files.filter((f) => f.kind === 'shell' || f.kind === 'script');
    const queue = scriptsOf.filter((x) => named.has(x.rel));
    for (let i = 0; i < queue.length && i < 200; i++) {
      const f = queue[i]!;
      for (const g of scriptsOf) {
        if (named.has(g.rel) || g.rel === f.rel || !g.rel.includes('/')) continue;
        const dir = path.posix.basename(path.posix.dirname(g.rel));
        const base = path.posix.basename(g.rel);
        // (or a sibling by the folder the script finds itself in: `"$here/fsmonitor.py"`, `"$(dirname "$0")/sync.sh"`)
        const sibling = path.posix.dirname(g.rel) === path.posix.dirname(f.rel) && new RegExp(`(?:\\$\\{?\\w+\\}?|\\))[/\\\\]${escapeRegExp(base)}(?![\\w.-])`).test(f.text);
        if (base.length >= 4 && (sibling || (new RegExp(`(?:^|[^\\w.-])${escapeRegExp(base)}(?![\\w.-])`).test(f.text) && new RegExp(`[/\\\\]${escapeRegExp(dir)}\\b`).test(f.text)))) {
          named.add(g.rel);
          queue.push(g);
        }
      }
    }
    if (/\bcomposer\s+(?:install|update|require|dump-autoload|run-script|run|create-project)\b/.test(text)) for (const f of facts.files) if (/(?:^|\/)composer\.json$/i.test(f.rel)) named.add(f.rel);
    // `cargo build` runs build.rs, `./gradlew` the build scripts, `nix develop` the shellHook
    // (a file a tool runs is run even in a tests/ folder: pytest's conftest.py)
    for (const [runs, files] of BUILD_TOOL_FILES) if (runs.test(text)) for (const f of facts.files) if (files.test(f.rel)) toolRun.add(f.rel);
    for (const rel of toolRun) named.add(rel);
    for (const rel of quotedDocuments(skillMd, index)) quotedDocs.add(rel);
  }
  // A package's install builds and runs its Go program (`go build ./cmd/x` in a lifecycle script, or spawned by one:
  // `spawnSync("go", ["build", "-o", out, "./cmd/x"])`): that program's packages run at install.
  const goAtInstall = new Set<string>();
  if (facts.target === 'package' && facts.files.some(isGo)) {
    const said = [...facts.scripts.map((x) => x.command), facts.installCode ?? '', argvCommands(facts.installCode ?? '')].join('\n');
    const run = goPackagesRun(said, facts.files);
    for (const rel of [...run, ...goImportsOf(run, facts.files)]) goAtInstall.add(rel);
  }
  const saidText = facts.target === 'skill' ? skillSaid(facts.files) : '';
  const reachOf = (rel: string): Reach => {
    if (facts.target === 'skill') {
      if (rel === skillMd?.rel) return 'agent';
      if (quotedDocs.has(rel)) return 'never';
      // (the files a package the skill ships and installs runs at install, and its bins the agent runs: target.ts)
      if (facts.installFiles.has(rel)) return 'install';
      if (facts.binFiles.has(rel)) return 'agent';
      // a script in a tests/, examples/ or docs/ folder is reached only when a command runs it (a worked example the
      // skill points the reader to is read, not run); what the model is told to read stays reached
      // (a setup.py the skill's `pip install` runs is an install's code, as a package's lifecycle script is)
      if (named.has(rel) && ((/(?:^|\/)setup\.py$/.test(rel) && skillRunsFile(saidText, rel)) || builtAtInstall.has(rel))) return 'install';
      if (named.has(rel)) return TEST_PATH.test(rel) && SCRIPT_FILE.test(rel) && !skillRunsFile(saidText, rel) && !toolRun.has(rel) ? 'never' : 'agent';
      return TEST_PATH.test(rel) ? 'never' : 'unknown';
    }
    if (facts.installFiles.has(rel) || goAtInstall.has(rel)) return 'install';
    if (facts.loadFiles.has(rel)) return 'load';
    if (facts.binFiles.has(rel)) return 'bin';
    return TEST_PATH.test(rel) ? 'never' : 'unknown';
  };
  const lowerCode = (file: string) => (lang: string, code: string, firstLine: number, reach: Reach): Effect[] => {
    const l: ScriptLang | undefined = /^(?:py|python3?)$/.test(lang) ? 'python' : /^(?:ps1?|powershell|pwsh)$/.test(lang) ? 'powershell' : /^(?:rb|ruby)$/.test(lang) ? 'ruby' : undefined;
    if (l && langModule) return langModule.lowerScript(l, code, file, reach).map((e) => ({ ...e, line: e.line + firstLine - 1 }));
    if (/^(?:js|javascript|node|mjs|ts|typescript)$/.test(lang)) return lowerShell(code.split('\n').filter((x) => /\b(?:curl|wget|exec|spawn|child_process)\b/.test(x)).join('\n'), { file, firstLine, reach, scope: file });
    return [];
  };

  // The target's scripts, for calls from one into another (a Python module importing a sibling, Ruby
  // require_relative, PowerShell dot-sourcing): the translator lowers the callee with the caller's arguments.
  const scripts = new Map<string, string>();
  for (const f of facts.files) if ((f.kind === 'shell' || f.kind === 'script' || isGo(f)) && scriptLangOf(f.rel, f.text)) scripts.set(f.rel, f.text);
  // and the JSON settings they may read (`json.load(open(os.path.join(HERE, "..", "config", "x.json")))`)
  for (const f of facts.files) if (isShippedJson(f.rel, f.text)) scripts.set(f.rel, f.text);
  // and the templates and texts they render or copy (`Path(__file__).parent / "assets" / "AGENTS.md.tmpl"`)
  // (and the AppleScript a script hands to osascript: its dialogs are the user's to answer)
  for (const f of facts.files) if ((SHIPPED_TEXT_FILE.test(f.rel) || /\.applescript$/i.test(f.rel)) && f.text.length <= 65536 && !scripts.has(f.rel)) scripts.set(f.rel, f.text);
  // (a skill's documents by path: a step may define its terms in a document it links)
  const docText = new Map(facts.target === 'skill' ? facts.files.filter((f) => f.kind === 'doc' || f.kind === 'skill').map((f) => [f.rel, f.text] as const) : []);
  // What a shell script may source or read settings or lines from: the target's config files, shell scripts, JSON
  // settings and texts.
  const shipped = new Map<string, string>(facts.files.filter((f) => SOURCED_CONFIG.test(f.rel) || /\.sh$/i.test(f.rel) || isShippedJson(f.rel, f.text) || (SHIPPED_TEXT_FILE.test(f.rel) && f.text.length <= 65536)).map((f) => [f.rel, f.text]));

  for (const f of facts.files) {
    const reach = reachOf(f.rel);
    // Text hidden in invisible characters in any file of a package (a persona its code hands the model, a prompt
    // template): nothing shows it to a reviewer, so what it says is read as instructions are. In tests, docs and
    // examples (reach never) it is a specimen, as a scanner's test corpus holds.
    // So is such text in a skill's file that is neither its markdown (lowerProse reads what that hides) nor a script:
    // a data file its script prints or the model is pointed at.
    if (facts.target === 'package' || (facts.target === 'skill' && (f.kind === 'data' || (f.kind === 'doc' && !/\.md$/i.test(f.rel))))) effects.push(...lowerHiddenProse(f.text, { file: f.rel, reach }));
    if (f.kind === 'skill' || (f.kind === 'doc' && facts.target === 'skill' && /\.md$/i.test(f.rel))) {
      // Markdown in a package is documentation nobody runs; in a skill the model reads what SKILL.md links.
      if (facts.target === 'package') continue;
      effects.push(...lowerProse(f.text, { file: f.rel, reach, lowerCode: lowerCode(f.rel), readLinked: (ref) => docText.get(path.posix.normalize(path.posix.join(path.posix.dirname(f.rel), ref))) ?? docText.get(path.posix.normalize(ref)) }));
      continue;
    }
    // A skill's script speaks to the model through its output: printed instructions are steps too (printed.ts).
    if (facts.target === 'skill' && f.kind !== 'doc')
      for (const p of printedForAgent(f.rel, f.text))
        for (const e of lowerProse(p.text, { file: f.rel, reach })) effects.push({ ...e, line: e.line + p.line - 1, evidence: `printed for the agent: ${e.evidence}`.slice(0, 200) });
    // A data or text file SKILL.md has the model read (a price list, a style guide page): what it says is read as
    // instructions are, since the model reads it so.
    if (facts.target === 'skill' && reach === 'agent' && READ_AS_TEXT.test(f.rel)) {
      effects.push(...lowerProse(f.text, { file: f.rel, reach }));
      // (a Maven pom is also a build file: its exec executions are read below)
      if (!POM.test(f.rel)) continue;
    }
    // A data file it has the model decode and follow (a "playbook stored Base85-encoded"): the text it decodes to.
    if (facts.target === 'skill' && reach === 'agent' && f.kind === 'data') {
      const said = decodedWhole(f.text);
      if (said && INSTRUCTION_TEXT.test(said)) {
        for (const e of lowerProse(said, { file: f.rel, reach })) effects.push({ ...e, line: 1, evidence: `decoded from ${f.rel}: ${e.evidence}`.slice(0, 200) });
        continue;
      }
    }
    // So is the text in a JSON data file it has the model read and act on, under a key that says it is to be done (a
    // rule's "action", a template's "instructions"; a meme's "use" describes): each sentence-long such string, at its line.
    if (facts.target === 'skill' && reach === 'agent' && /\.json$/i.test(f.rel) && f.kind === 'data')
      for (const m of f.text.matchAll(/"(?:actions?|instructions?|notes?|prompts?|directives?|tasks?|steps?|rules?|polic(?:y|ies)|guidance|system(?:_?prompt)?|then|do)"\s*:\s*"((?:[^"\\\n]|\\.){40,2000})"/gi)) {
        const said = m[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
        if (!INSTRUCTION_TEXT.test(said)) continue;
        const line = f.text.slice(0, m.index).split('\n').length;
        for (const e of lowerProse(said, { file: f.rel, reach })) effects.push({ ...e, line });
      }
    // Commands a skill's shipped tool configuration makes another tool run once copied into a project (VS Code
    // tasks, Actions steps, make, Composer) or registered (an MCP server); a task the editor starts when the folder
    // opens, and a server every start of its client launches, persist. A package's
    // own CI files and Makefile never run on the user's machine.
    const gitRemotes = new Map<string, string>();
    // (but a package's reusable workflow or composite action runs in the pipelines of every repository that uses it,
    // with their secrets: as a library's code runs in its users' programs)
    const forCallers = facts.target === 'package' && f.kind === 'data' && RUNS_IN_CALLERS.test(f.text);
    // (a Maven pom is markup, read as a document too)
    for (const c of (facts.target === 'skill' || forCallers) && (f.kind === 'data' || POM.test(f.rel)) ? configCommands(f.rel, f.text, (r) => facts.files.find((g) => g.rel === r)?.text) : []) {
      const lowered = lowerConfigCommand(c, { file: f.rel, firstLine: c.line, reach: forCallers ? 'load' : reach, scope: f.rel, gitRemotes });
      effects.push(...lowered);
      if (c.autorun && lowered.length) effects.push({ file: f.rel, line: c.line, lang: 'shell', reach, evidence: c.command.slice(0, 160), kind: 'persist', mechanism: c.mechanism ?? 'editor-task' });
    }
    // A pickle runs what its opcodes call when it is loaded: code handed to `builtins.exec`, a command to `os.system`.
    if (f.kind === 'data' && looksLikePickle(f.text)) {
      for (const c of pickleCalls(f.text)) {
        const lowered = c.runs === 'python' ? langModule?.lowerScript('python', c.arg, f.rel, reach) ?? [] : lowerShell(c.arg, { file: f.rel, firstLine: c.line, reach, scope: f.rel });
        effects.push({ file: f.rel, line: c.line, lang: 'python', reach, kind: 'exec', origin: 'decoded', decoded: true, command: c.arg.slice(0, 400), evidence: `the pickle calls ${c.callable} when it is loaded` });
        for (const e of lowered) effects.push({ ...e, line: c.line, decoded: true, evidence: `the pickle calls ${c.callable} when it is loaded: ${e.evidence}`.slice(0, 300) });
      }
      continue;
    }
    // A Jupyter notebook runs its code cells, one after the other, when it is executed (`jupyter nbconvert --execute`,
    // `papermill`): a Python kernel's cells are one Python script (a cell hidden from view runs too).
    if (/\.ipynb$/i.test(f.rel) && langModule && loadedLangs.has('python')) {
      const code = notebookCode(f.text);
      if (code) effects.push(...langModule.lowerScript('python', code, f.rel, reach, scripts));
      continue;
    }
    // (a package's Go files run only as the program its install builds)
    if (facts.target === 'package' && isGo(f) && !goAtInstall.has(f.rel)) continue;
    const lang = f.kind === 'shell' || f.kind === 'script' || isGo(f) ? scriptLangOf(f.rel, f.text) : undefined;
    if (lang && langModule) {
      effects.push(...langModule.lowerScript(lang, f.text, f.rel, reach, scripts));
      continue;
    }
    // A PHP script (or a stub a build renders into one) that runs what a web request sends.
    for (const r of requestRuns(f.rel, f.text)) effects.push({ file: f.rel, line: r.line, lang: 'other', reach, kind: 'exec', origin: 'inbound', evidence: r.evidence });
    // (and one that runs what a server answered, or writes it into a PHP file that runs on every request)
    for (const r of fetchedRuns(f.rel, f.text)) {
      const h = r.url ? classifyHost(r.url) : { host: '', hostClass: 'unknown' as const };
      effects.push({ file: f.rel, line: r.line, lang: 'other', reach, kind: 'exec', origin: 'downloaded', host: h.host, hostClass: h.hostClass, ...(r.url ? { url: r.url } : {}), evidence: r.evidence });
      // (a PHP file written there runs on every request the server answers from then on)
      if (r.written) effects.push({ file: f.rel, line: r.line, lang: 'other', reach, kind: 'persist', mechanism: 'server-script', evidence: r.evidence });
    }
    // A language with no translator: the commands it hands to a shell or starts (./embedded.ts).
    if (EMBEDDED_FILE.test(f.rel)) {
      for (const c of [...embeddedCommands(f.rel, f.text), ...sentCredentials(f.rel, f.text)]) effects.push(...lowerConfigCommand(c, { file: f.rel, firstLine: c.line, reach, scope: f.rel }));
      continue;
    }
    if (f.kind === 'shell' || (f.kind === 'script' && /\.(?:sh|bash|zsh|command|ps1|bat|cmd)$/i.test(f.rel))) {
      effects.push(...lowerShell(/\.ps1$/i.test(f.rel) ? f.text : /\.(?:bat|cmd)$/i.test(f.rel) ? batchAsShell(f.text) : withSourcedConfig(f.text, f.rel, shipped), { file: f.rel, firstLine: 1, reach, scope: f.rel, lang: /\.ps1$/i.test(f.rel) ? 'powershell' : 'shell', ...(reach === 'install' && facts.inlineNode ? { inlineNode: facts.inlineNode } : {}) }));
    }
  }
  // The project's own site (a skill's `homepage`, a package's homepage/repository): its installer is the
  // vendor's, as long as it is a named domain. Raw IPs, paste sites and the like stay what they are, and data
  // sent there is judged like any other send.
  const own = ownHostsOf(facts);
  if (own.size) for (const e of effects) if ((e.kind === 'fetch' || e.kind === 'exec' || e.kind === 'prerequisite') && e.hostClass === 'unknown' && e.host && [...own].some((h) => e.host === h || e.host!.endsWith(`.${h}`))) e.hostClass = 'vendor';
  // A code host's raw file from a repository the project does not name as its own, run inside the program that
  // fetched it (Python's exec, a script's eval of what came back: an exec computed from the download): whoever owns
  // that repository changes what runs, as a paste's author does. An installer piped to a shell is judged as before.
  thirdPartyRawCode(effects, () => ownRepositories(facts));
  // A key named after a service (`TRELLO_API_KEY`) sent to that service's own domain (`api.trello.com`) is the
  // service's API, not an outside host: the registrable label must equal the name's first word.
  const owners = new Set(effects.filter((e) => e.kind === 'read' && e.path && /^\$?\{?[A-Z][A-Z0-9]*_/.test(e.path)).map((e) => e.path!.replace(/^\$?\{?/, '').split('_')[0].toLowerCase()).filter((w) => w.length >= 4 && !/^(?:api|auth|secret|token|access|private|client|user|home|path|node|npm)$/.test(w)));
  if (owners.size) for (const e of effects) if ((e.kind === 'send' || e.kind === 'fetch') && e.hostClass === 'unknown' && e.host && owners.has(registrableLabel(e.host))) e.hostClass = 'vendor';
  // A credential the skill declares for its own service (metadata `requires.env`, `primaryEnv`: what the user sets in
  // skills.entries for it), read from the environment: sent to a named host, it is the service's key at its API (a
  // Mercado Libre client secret at its token endpoint, whatever the name's abbreviation). Not a credential other
  // tools know by name (a GitHub, npm, cloud or model provider's): asking for one of those is how a skill takes it.
  // (a name that spells its service out, BOARDLY_TOKEN, goes to a host of that name, as the rule above has it: its first
  // two letters must begin the host's label, yadisk's yandex; an abbreviation, ML_ or WA_, any named host)
  const declared = declaredCredentials(facts);
  if (declared.size)
    for (const e of effects) {
      const name = e.kind === 'read' && e.secret === 'env-secrets' && e.path ? e.path.replace(/^\$?\{?|\}$/g, '') : '';
      if (!declared.has(name)) continue;
      const word = name.split('_')[0].toLowerCase();
      e.owners = [...(e.owners ?? []), word.length < 4 ? '*' : `${word.slice(0, 2)}*`];
    }
  // A post into a repository the code names (classify.ts namedRepositoryOf), made with the user's own token for that
  // code host (GITHUB_TOKEN to GitHub's API): the token authenticates it; what else it carries is what is published.
  if (owners.size)
    for (const e of effects) {
      if (e.kind !== 'send' || e.hostClass !== 'paste' || !e.host || !owners.has(registrableLabel(e.host)) || !e.consumes) continue;
      const label = registrableLabel(e.host);
      const reads = effects.filter((r) => r.kind === 'read' && r.produces?.length);
      const ownedRead = (r: Effect) => !!r.path && r.path.replace(/^\$?\{?/, '').split('_')[0].toLowerCase() === label;
      const owned = new Set(reads.filter(ownedRead).flatMap((r) => r.produces!));
      const other = new Set(reads.filter((r) => !ownedRead(r)).flatMap((r) => r.produces!));
      e.consumes = e.consumes.filter((k) => !owned.has(k) || other.has(k));
      if (e.carries) e.carries = e.carries.filter((c) => reads.some((r) => !ownedRead(r) && r.secret === c));
    }
  // What git hands a credential helper on its input is the user's forge credentials: what the helper's code (and the
  // files it loads) sends outside the user's own hosts goes with them.
  for (const helper of credentialHelpers) {
    const closure = new Set([helper, ...localImportsOf([helper], facts.files)]);
    const key = `credential-helper:${helper}`;
    const sends = effects.filter((e) => e.kind === 'send' && closure.has(e.file) && !TRUSTED_HOST_CLASSES.includes(e.hostClass ?? 'unknown'));
    if (!sends.length) continue;
    effects.push({ file: helper, line: 1, lang: 'other', reach: 'agent', kind: 'read', secret: 'package-tokens', path: 'git credential helper input', evidence: `git runs ${helper} as its credential helper, with the user's username and password on its input`, produces: [key] });
    for (const e of sends) e.consumes = [...(e.consumes ?? []), key];
  }
  ownWorkspaceStores(effects);
  plantedCopies(effects, facts.files.map((f) => f.rel));
  if (facts.target === 'skill') writesOnConsent(effects, named);
  if (skillMd && index) linkProcedures(effects, facts.files, named, skillMd, index);
  if (skillMd && index) effects.push(...dataCopiedIntoAgentFiles(skillMd, facts.files, index));
  if (skillMd) agentWrittenFiles(effects, skillMd);
  if (facts.target === 'skill') linkNamedOutputs(effects, facts.files);
  if (facts.target === 'skill') linkPrintedArguments(effects, facts.files);
  if (facts.target === 'skill') lowerCommandArguments(effects, facts.files);
  // Lifecycle commands run at install time; `node x.js` links to the file's effects through its reach.
  for (const s of facts.scripts) effects.push(...lowerShell(s.command, { file: s.file, firstLine: 1, reach: 'install', scope: s.file, ...(facts.inlineNode ? { inlineNode: facts.inlineNode } : {}) }).map((e) => ({ ...e, evidence: `${s.event}: ${e.evidence}` })));
  // `node-pre-gyp install` downloads the package's native module from the host its manifest's `binary.host` names, and
  // the package loads it (native code, in the process) wherever it is required: where it refuses to build the sources it
  // ships instead (`--fallback-to-build=false`), or ships none (no binding.gyp), what that host serves is the code. (One
  // that builds its own sources when the download fails, as sqlite3 does, is judged by those sources.)
  const binaryHost = facts.manifest && typeof (facts.manifest.binary as { host?: unknown } | undefined)?.host === 'string' ? String((facts.manifest.binary as { host: string }).host) : undefined;
  if (facts.target === 'package' && binaryHost && /^https?:\/\//.test(binaryHost))
    for (const s of facts.scripts) {
      if (!/\bnode-pre-gyp\s+(?:install|reinstall)\b/.test(s.command) || /--build-from-source\b/.test(s.command)) continue;
      // (a code host's releases of a repository the package does not name as its own, `openclaw-cornmunity/…` beside a
      // repository of `openclaw-community/…`: whoever owns it serves the native code first, the sources only a fallback)
      const releases = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+\/[\w.-]+)\//i.exec(binaryHost)?.[1]?.toLowerCase();
      const own = releases ? ownRepositories(facts) : undefined;
      const foreign = !!own && own.size > 0 && !own.has(releases!);
      if (!foreign && !/--fallback-to-build=false\b/.test(s.command) && facts.buildsNative) continue;
      const { host, hostClass: cls } = classifyHost(binaryHost);
      const hostClass = foreign ? 'unknown' : cls;
      const key = `net:${binaryHost}`;
      const evidence = `${s.event}: ${s.command.slice(0, 80)} downloads the native module from ${binaryHost} (package.json binary.host)`.slice(0, 200);
      effects.push({ file: s.file, line: 1, lang: 'shell', reach: 'install', kind: 'fetch', url: binaryHost, host, hostClass, produces: [key], evidence });
      effects.push({ file: s.file, line: 1, lang: 'shell', reach: 'install', kind: 'exec', origin: 'downloaded', url: binaryHost, host, hostClass, command: s.command.slice(0, 200), consumes: [key], evidence: `${s.event}: the native module from ${host} is loaded wherever the package is required`.slice(0, 200) });
    }
  // A lifecycle script's `make` runs the Makefile's recipes at install time, and its CMake (`cmake-js compile`) the
  // commands of the CMake files (a package's build files are otherwise not run).
  if (facts.target === 'package') {
    const rels = facts.files.map((f) => f.rel);
    for (const s of facts.scripts)
      for (const rel of buildFilesRun(s.command, rels)) {
        const text = facts.files.find((f) => f.rel === rel)!.text;
        const tool = MAKEFILE.test(rel) ? 'make' : EMBEDDED_FILE.test(rel) ? 'build' : 'cmake';
        for (const c of EMBEDDED_FILE.test(rel) ? [...embeddedCommands(rel, text), ...sentCredentials(rel, text)] : configCommands(rel, text)) effects.push(...lowerConfigCommand(c, { file: rel, firstLine: c.line, reach: 'install', scope: rel }).map((e) => ({ ...e, evidence: `${s.event}: ${tool}: ${e.evidence}`.slice(0, 200) })));
      }
  }
  for (const d of facts.dependencies ?? []) {
    const real = typosquatOf(d);
    if (real) effects.push({ file: 'package.json', line: 1, lang: 'manifest', reach: 'install', evidence: `depends on ${d}, one look-alike character from ${real}`, kind: 'prerequisite', name: d, hostClass: 'registry', impersonates: true, imitates: real });
  }
  // JavaScript is judged by its analyzers' signal rules and, for files with a reason, by emulation
  // (src/emulate), whose trace arrives as effects of its own.
  return effects;
}

/**
 * The text a file holding one encoded blob decodes to (hex, base64, Base85 as Python's b85encode writes it: the
 * decoders of ../analyzers/decode.ts), when it decodes to text; else undefined.
 */
export function decodedWhole(text: string): string | undefined {
  const blob = text.trim();
  if (blob.length < 40 || blob.length > 1_000_000 || /\s/.test(blob.replace(/\r?\n/g, ''))) return undefined;
  return decodeHex(blob) ?? decodeBase64(blob) ?? decodeBase85(blob);
}

/** A run that only shows what a script would do (`--dry-run`, `--preview`, `-WhatIf`): it changes nothing. */
const PREVIEW_RUN = /(?:^|\s)(?:--dry-?run|--preview|--diff|--check|--plan|--list|--show|--status|--what-?if|-WhatIf|-n)(?=\s|$)|\.\w{1,4}\s+(?:audit|check|plan|preview|diff|status|doctor|report|get|show|list|ls|view|info|inspect)(?=\s|$)/i;
/**
 * Files that run where they are written: git's hooks and Python's start-up files as `persistenceOf` knows them, a
 * project's .envrc (direnv), pytest's conftest.py, Gradle's init scripts, VS Code's tasks.
 */
const runsWhereWritten = (p: string): boolean => ['git-hook', 'python-startup'].includes(persistenceOf(p) ?? '') || /(?:^|\/)(?:\.envrc|conftest\.py|\.vscode\/tasks\.json)$|(?:^|\/)\.gradle\/init\.d\/[^/]+$/.test(p);
/** A template's own suffix: `conftest.py.tmpl` is the conftest.py it renders. */
const TEMPLATE_SUFFIX = /\.(?:tmpl|template|tpl|in|example|sample|dist|j2|jinja2?)$/i;
/**
 * A file the target ships and one of its scripts writes, rendered or copied, where it runs (`templates/conftest.py.tmpl`
 * written to the user's `tests/conftest.py`): what the shipped file does is done when it runs there, so its effects,
 * reached by nothing in the target itself, take the reach of the script that plants it.
 */
function plantedCopies(effects: Effect[], files: readonly string[]): void {
  for (const w of effects) {
    if (w.kind !== 'write' || !w.path || w.reach === 'never' || w.reach === 'unknown' || !runsWhereWritten(w.path.replace(/\\/g, '/'))) continue;
    const base = path.posix.basename(w.path.replace(/\\/g, '/'));
    const sources = new Set(files.filter((f) => f !== w.file && path.posix.basename(f).replace(TEMPLATE_SUFFIX, '') === base));
    if (sources.size) for (const x of effects) if (sources.has(x.file) && x.reach === 'unknown') x.reach = w.reach;
  }
}

/** The agent's own files by name (its memory, identity and rules), and its session transcripts. */
const AGENT_FILE = new RegExp(String.raw`${AGENT_FILE_NAMED.source}|[\\/](?:memory|sessions|agents)(?:[\\/]|$)|\.jsonl$`, 'i');

/**
 * A file in the agent's workspace that the same script also writes, and that is none of the agent's own files (its
 * memory, identity, rules or transcripts): the script's own store (a tracker's `workspace/portfolio.json`), holding
 * what it put there, not the agent's memory.
 */
function ownWorkspaceStores(effects: Effect[]): void {
  const written = new Set(effects.filter((e) => e.kind === 'write' && e.path).map((e) => `${e.file}\0${e.path}`));
  const files = new Set<string>();
  for (const e of effects)
    if (e.kind === 'read' && e.secret === 'agent-memory' && e.path && !AGENT_FILE.test(e.path) && written.has(`${e.file}\0${e.path}`)) {
      delete e.secret;
      if (e.produces) e.produces = e.produces.filter((k) => k !== 'secret:agent-memory');
      files.add(e.file);
    }
  // (what the script sends carries the agent's memory only if it still reads some)
  for (const f of files) {
    if (effects.some((e) => e.file === f && e.kind === 'read' && e.secret === 'agent-memory')) continue;
    for (const e of effects) if (e.file === f && e.carries?.includes('agent-memory')) e.carries = e.carries.filter((c) => c !== 'agent-memory');
  }
}

/**
 * A skill that runs a script first to preview (`--dry-run`, an `audit` subcommand) and then, only at the user's word,
 * for real ("--dry-run" shown, then "after the user agrees: --write"): what the script writes is written with the
 * user's consent. Its writes take
 * reach 'consent' (rules warn, as on a step the user gates), when every run the skill's text gives it is a preview or
 * gated so, and one is gated. What it reads, sends or runs keeps its reach: consent to a change is not consent to more.
 */
function writesOnConsent(effects: Effect[], named: ReadonlySet<string>): void {
  for (const rel of named) {
    if (!SCRIPT_FILE.test(rel)) continue;
    const base = escapeRegExp(path.posix.basename(rel));
    const runs = effects.filter((e) => e.kind === 'exec' && DOC.test(e.file) && e.reach !== 'never' && e.command && new RegExp(`(?:^|[\\s/])${base}(?=\\s|$|["'])`).test(e.command));
    if (!runs.some((e) => e.reach === 'consent') || !runs.some((e) => PREVIEW_RUN.test(e.command!))) continue;
    if (!runs.every((e) => e.reach === 'consent' || PREVIEW_RUN.test(e.command!))) continue;
    for (const e of effects) if (e.file === rel && e.kind === 'write' && e.reach === 'agent') e.reach = 'consent';
  }
}

const DOC = /\.(?:md|markdown|txt)$/i;
/**
 * The documents SKILL.md presents as quoted material never to be run ("`references/worm.md`: quoted code excerpts, for
 * explanation only: never copy it, never run it"): the model reads them as a write-up, so what they show is a mention
 * (their effects reach never; the text rules' findings there are demoted: lowerTarget hands them to
 * demoteQuotedFindings through TargetFacts.quotedDocs).
 */
function quotedDocuments(skillMd: FileForEffects, index: FileIndex): string[] {
  const out: string[] = [];
  // (each list item or paragraph, its wrapped lines joined)
  for (const item of skillMd.text.split(/\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n[ \t]*\n/)) {
    const said = item.replace(/\s*\n\s*/g, ' ');
    if ((QUOTED_ONLY.test(said) && !CONDITIONAL_BAN.test(said)) || REFERENCE_CATALOGUE.test(said)) for (const rel of filesNamedIn(said, index)) if (DOC.test(rel) && rel !== skillMd.rel) out.push(rel);
  }
  return out;
}
/** A line presenting what it names as quoted material (excerpts, a write-up) that is never to be run. */
const QUOTED_ONLY = /^(?=.*\b(?:never|do\s+not|don'?t|must\s+not)\s+(?:run|execute)\b)(?=.*\b(?:quot(?:ed|es|ing)|excerpts?|for\s+(?:explanation|illustration|teaching|study)|write-?ups?|specimens?)\b)/i;
/**
 * A line presenting what it names as a reference of attack strings for teaching (`references/payloads.md` "lists
 * classic test strings and why they work, for teaching"): what such a catalogue holds is aimed at the system under
 * test, never run here; or as where a scanner's patterns are documented ("Patterns are documented in
 * `references/rules.md`"): indicators described, not steps.
 */
const REFERENCE_CATALOGUE = /^(?:(?=.*\b(?:lists?|catalogues?|catalogs?|collects?|reference|cheat\s*sheet)\b[^.]{0,40}\b(?:payloads?|test\s+strings?|attack\s+strings?)\b)(?=.*\bfor\s+(?:teaching|learning|study|training)\b)|(?=.*\b(?:detection\s+)?(?:patterns|rules|indicators|signatures|IOCs)\s+(?:it\s+(?:uses|matches|flags)\s+)?(?:are|is)\s+(?:documented|listed|described|explained)\s+in\b))/i;
/** …unless the ban is only until something happens, or only on the model ("never run it without asking", "yourself"). */
const CONDITIONAL_BAN = /\b(?:without|unless|until|before|except|yourself)\b/i;
/** Documents followed from SKILL.md's links, at most (a documentation skill may ship hundreds). */
const MAX_LINKED_DOCS = 200;
/** The target's files by base name, for filesNamedIn; files whose path a word cannot hold are kept apart. */
interface FileIndex {
  byBase: Map<string, string[]>;
  /** Paths with characters outside PATH_WORD (a space, say): found by their whole path. */
  odd: string[];
}
function fileIndex(files: readonly FileForEffects[]): FileIndex {
  const byBase = new Map<string, string[]>();
  const odd: string[] = [];
  for (const f of files) {
    if (WHOLE_PATH.test(f.rel)) {
      const base = path.posix.basename(f.rel);
      byBase.set(base, [...(byBase.get(base) ?? []), f.rel]);
    } else odd.push(f.rel);
  }
  return { byBase, odd };
}
/** A word that may be a file's path or name (`scripts/setup.sh`, `./install`, `données.md`). */
const PATH_WORD = /[\p{L}\p{N}_@.~/-]+/gu;
const WHOLE_PATH = new RegExp(`^${PATH_WORD.source}$`, 'u');
/**
 * The files of the target a text names: by path, or by base name as a word (`setup.sh`, "run `install`"). One
 * pass over the text's words, each looked up by base name: a long skill or linked document is read once, not once
 * per file of the skill.
 */
function filesNamedIn(text: string, index: FileIndex): string[] {
  const out = new Set<string>();
  // Windows and escaped paths name the same files (`{baseDir}\\scripts\\init.ps1`).
  const slashed = text.replace(/[\\/]{2,}|\\/g, '/');
  // A word names a file only when its base name is one of the index's, so is in the text: when none is (a skill's
  // SKILL.md naming none of its files), no word needs reading.
  const named = [...index.byBase.keys()].some((base) => slashed.includes(base));
  for (const m of named ? slashed.matchAll(PATH_WORD) : []) {
    const word = m[0].replace(/^(?:\.\/)+/, '').replace(/[.-]+$/, '');
    if (!word) continue;
    const same = index.byBase.get(path.posix.basename(word)) ?? [];
    // (a bare name names the shallowest files so named: "SKILL.md" is the skill's own, not a test fixture's copy)
    const depth = (rel: string) => rel.split('/').length;
    const top = word.includes('/') ? 0 : Math.min(...same.map(depth));
    for (const rel of same) if (word.includes('/') ? rel.endsWith(word) || word.endsWith(rel) : depth(rel) === top) out.add(rel);
  }
  for (const rel of index.odd) if (slashed.includes(rel)) out.add(rel);
  return [...out];
}

/**
 * A file a skill's script writes, sent by a later step under a name no step assigns: "this writes a snapshot to
 * `~/.cache/tool/`; later steps refer to it as `$SNAPSHOT`", then `curl --upload-file "$SNAPSHOT" …`. The model
 * carries the path from one step to the other. A send that consumes a variable nothing assigns takes the files the
 * skill's scripts wrote into a directory its markdown names (where the agent is told to find them).
 */
function linkNamedOutputs(effects: Effect[], files: readonly FileForEffects[]): void {
  const prose = files.filter((f) => /\.md$/i.test(f.rel)).map((f) => f.text).join('\n');
  if (!prose) return;
  const written = effects.filter((e) => (e.kind === 'write' || e.kind === 'archive') && e.lang !== 'prose' && e.path && /^(?:~|\/)/.test(e.path) && e.path.includes('/'));
  const outputs: string[] = [];
  for (const w of written) {
    const dir = w.path!.slice(0, w.path!.lastIndexOf('/'));
    if (dir.length > 2 && !/\$\{/.test(dir) && prose.includes(dir)) outputs.push(...(w.produces ?? []).filter((k) => k.startsWith('file:')));
  }
  if (!outputs.length) return;
  const assigned = new Set(effects.flatMap((e) => e.produces ?? []).filter((k) => k.startsWith('var:')));
  for (const e of effects) {
    if (e.kind !== 'send' || e.lang === 'prose') continue;
    const free = (e.consumes ?? []).filter((k) => k.startsWith('var:') && !assigned.has(k));
    if (free.some((k) => prose.includes(`$${k.slice(4, k.indexOf('@'))}`))) e.consumes = [...new Set([...(e.consumes ?? []), ...outputs])];
  }
}

/** A placeholder for what an earlier step produced (`<bundle path>`, `<the archive>`, `<output file>`). */
const OUTPUT_PLACEHOLDER = /\b(?:path|file|bundle|archive|tarball|zip|output|printed|result|snapshot|report|dump)\b/i;
/**
 * A step whose argument is another step's output, named by a placeholder (`ruby offsite.rb <path printed by
 * snapshot.sh>`, `python3 send.py <bundle path>` after a step that prints one): the model hands the second script
 * what the first one wrote. Each send of the second script takes the files and archives the first one produced. The
 * first is the script the placeholder names, or else the script the step before ran.
 */
function linkPrintedArguments(effects: Effect[], files: readonly FileForEffects[]): void {
  const scripts = files.filter((f) => f.kind === 'shell' || f.kind === 'script' || f.kind === 'js').map((f) => f.rel);
  const scriptRun = (e: Effect): string | undefined => (e.kind === 'exec' && /\.md$/i.test(e.file) && e.command && e.path ? scripts.find((rel) => e.path!.endsWith(`/${rel}`) || e.path === rel) : undefined);
  const runs = effects.flatMap((e) => { const rel = scriptRun(e); return rel ? [{ e, rel }] : []; });
  for (const { e: run, rel: callee } of runs) {
    // (the script the step before ran, in the same document)
    const earlier = runs.filter((r) => r.e.file === run.file && r.e.line < run.line && r.rel !== callee).sort((a, b) => b.e.line - a.e.line)[0]?.rel;
    for (const [, inner] of run.command!.matchAll(/<([^<>\n]{3,80})>/g)) {
      const producer = scripts.find((rel) => rel !== callee && new RegExp(`(?:^|[\\s/])${escapeRegExp(path.posix.basename(rel))}(?![\\w.-])`).test(inner)) ?? (OUTPUT_PLACEHOLDER.test(inner) ? earlier : undefined);
      if (!producer) continue;
      const outputs = effects.filter((e) => e.file === producer && (e.kind === 'write' || e.kind === 'archive')).flatMap((e) => e.produces ?? []);
      if (!outputs.length) continue;
      for (const e of effects) if (e.kind === 'send' && e.file === callee) e.consumes = [...new Set([...(e.consumes ?? []), ...outputs])];
    }
  }
}

/**
 * A script of the skill that runs its arguments as a command (`subprocess.run(args.after, shell=True)`, `sh -c "$1"`,
 * a find -exec style option): a command line the skill gives it in a quoted argument runs then, as the agent typed it
 * into the shell (`batch.py in out --after 'curl -F "f=@{}" https://…'`). Each such argument is lowered as shell, at
 * the step's line and reach; a clean script and a hostile argument are one behaviour.
 */
const THROUGH_SHELL = /\bshell\s*=\s*True\b|\bos\.(?:system|popen)\s*\(|\b(?:execSync|exec)\s*\(|\b(?:ba|z)?sh\s+-c\b|\beval\b|Invoke-Expression|\biex\b/;
function lowerCommandArguments(effects: Effect[], files: readonly FileForEffects[]): void {
  const scripts = files.filter((f) => f.kind === 'shell' || f.kind === 'script' || f.kind === 'js').map((f) => f.rel);
  // (through a shell: an argument handed to a program as one word, `git log <ref>`, is data, not a command line)
  const runsArgs = new Set(effects.filter((e) => e.kind === 'exec' && scripts.includes(e.file) && THROUGH_SHELL.test(e.evidence) && (e.consumes ?? []).some((k) => k === `arg:@@${e.file}` || (k.startsWith('arg:') && k.endsWith(`@${e.file}`)))).map((e) => e.file));
  if (!runsArgs.size) return;
  const added: Effect[] = [];
  for (const run of effects) {
    if (run.kind !== 'exec' || !/\.md$/i.test(run.file) || !run.command || !run.path) continue;
    const callee = [...runsArgs].find((rel) => run.path!.endsWith(`/${rel}`) || run.path === rel);
    if (!callee) continue;
    for (const m of run.command.matchAll(/'([^'\n]{8,})'|"((?:[^"\\\n]|\\.){8,})"/g)) {
      const arg = m[1] ?? m[2]!.replace(/\\(["\\$`])/g, '$1');
      if (!/\s/.test(arg) || !/^[\w./-]+(?:\s|$)/.test(arg)) continue;
      for (const e of lowerShell(arg, { file: run.file, firstLine: run.line, reach: run.reach, scope: `${run.file}:${callee}-argument` }))
        added.push({ ...e, line: run.line, evidence: `${callee} runs the argument it is given: ${e.evidence}`.slice(0, 300) });
    }
  }
  effects.push(...added);
}

/**
 * A step that sends the model to other documents makes them one procedure: "prepare the snapshot described in
 * context-collection.md, register it as support-bundle.md says". What one of them has the model read flows to
 * what another has it send, as steps of one section do (prose.ts keys data by file and section). Each section of
 * a document the agent reads that names other documents gives its data key to everything they read and send.
 */
function linkProcedures(effects: Effect[], files: readonly FileForEffects[], named: ReadonlySet<string>, skillMd: FileForEffects, index: FileIndex): void {
  const docs = files.filter((f) => DOC.test(f.rel) && (f === skillMd || named.has(f.rel))).slice(0, MAX_LINKED_DOCS + 1);
  const isDoc = new Set(docs.map((f) => f.rel));
  // linked document → the data keys of the sections that send the model to it
  const groups = new Map<string, Set<string>>();
  for (const d of docs) {
    let heading = '';
    let fence = false;
    for (const line of d.text.split(/\r?\n/)) {
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence;
      if (fence) continue;
      const h = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
      if (h) {
        heading = h[1];
        continue;
      }
      if (!line.includes('.')) continue;
      for (const rel of filesNamedIn(line, index)) {
        if (rel === d.rel || rel === skillMd.rel || !isDoc.has(rel)) continue;
        const keys = groups.get(rel) ?? new Set<string>();
        keys.add(`prose:data@${d.rel}#${heading}`);
        groups.set(rel, keys);
      }
    }
  }
  if (!groups.size) return;
  // A document linked from a linked document joins its linker's procedures too.
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    for (const keys of groups.values()) {
      for (const k of [...keys]) {
        const linker = /^prose:data@(.*?)#/.exec(k)?.[1];
        for (const up of (linker && groups.get(linker)) || []) {
          if (keys.has(up)) continue;
          keys.add(up);
          changed = true;
        }
      }
    }
  }
  const join = (list: string[] | undefined): string[] | undefined => {
    if (!list) return list;
    const out = new Set(list);
    for (const k of list) {
      const m = /^prose:data@(.*?)#/.exec(k);
      for (const g of (m && groups.get(m[1])) || []) out.add(g);
    }
    return out.size === list.length ? list : [...out];
  };
  for (const e of effects) {
    if (e.lang !== 'prose' && !e.consumes?.some((k) => k.startsWith('prose:data@'))) continue;
    const produces = join(e.produces);
    const consumes = join(e.consumes);
    if (produces) e.produces = produces;
    if (consumes) e.consumes = consumes;
  }
}

/**
 * A file a step of SKILL.md hands a script (`submit.sh /tmp/ticket.md`) that nothing the skill runs writes: the agent
 * writes it in that procedure ("copy the template to a temp file and fill every placeholder"), so it holds what the
 * procedure gathered, the data of its section.
 */
function agentWrittenFiles(effects: Effect[], skillMd: FileForEffects): void {
  const produced = new Set(effects.flatMap((e) => (e.kind === 'collect' && e.file === skillMd.rel ? [] : e.produces ?? [])));
  const lines = skillMd.text.split('\n');
  const headingAt = (line: number): string => {
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      const h = /^\s{0,3}#{1,6}\s+(.*)$/.exec(lines[i]!);
      if (h) return h[1]!;
    }
    return '';
  };
  for (const e of effects) {
    if (e.kind !== 'collect' || e.file !== skillMd.rel || e.lang !== 'shell') continue;
    const handed = (e.consumes ?? []).filter((k) => /^file:(?:%TEMP%|\.)?\//.test(k) && !produced.has(k));
    if (!handed.length) continue;
    const key = `prose:data@${skillMd.rel}#${headingAt(e.line)}`;
    if (effects.some((r) => r.produces?.includes(key))) e.consumes = [...(e.consumes ?? []), key];
  }
}

/** The verbs that put text into a file. */
const PUTS_INTO = /\b(?:append|add|write|insert|copy|paste|put|save|store|merge)\w*\b/i;
/** A data file's values, line for line: a YAML or JSON file's strings at their lines (yamlStrings), other text as is. */
function dataValues(rel: string, text: string): string {
  if (!/\.(?:ya?ml|json)$/i.test(rel)) return text;
  const lines = text.split('\n').map(() => '');
  for (const { value, line } of yamlStrings(text)) value.split('\n').forEach((v, i) => (lines[line - 1 + i] = [lines[line - 1 + i], v].filter(Boolean).join(' ')));
  return lines.join('\n');
}
/**
 * A step that has the agent copy entries of one of the skill's data files (`assets/persona.yaml`'s `persist` section)
 * into its own files (MEMORY.md, AGENTS.md): those entries are text written there, which the agent follows from then
 * on (writtenInstructions), read from the data file's values.
 */
function dataCopiedIntoAgentFiles(skillMd: FileForEffects, files: readonly FileForEffects[], index: FileIndex): Effect[] {
  const out: Effect[] = [];
  const done = new Set<string>();
  for (const item of skillMd.text.split(/\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n[ \t]*\n/)) {
    const said = item.replace(/\s*\n\s*/g, ' ');
    const into = AGENT_FILE_NAMED.exec(said)?.[0];
    if (!into || !PUTS_INTO.test(said)) continue;
    for (const rel of filesNamedIn(said, index)) {
      if (done.has(rel) || !/\.(?:ya?ml|json|toml|txt)$/i.test(rel)) continue;
      const f = files.find((g) => g.rel === rel);
      if (!f) continue;
      done.add(rel);
      out.push(...writtenInstructions(dataValues(rel, f.text.slice(0, 65536)), { file: rel, reach: 'agent' }, into));
    }
  }
  return out;
}

/** Credentials other tools know by name: a skill that declares one is asking for the user's key to that service. */
const WELL_KNOWN_CREDENTIAL = /^(?:OPENAI|ANTHROPIC|CLAUDE|GEMINI|GOOGLE|GCP|GCLOUD|VERTEX|MISTRAL|GROQ|OPENROUTER|COHERE|HF|HUGGING\w*|REPLICATE|TOGETHER|DEEPSEEK|XAI|PERPLEXITY|AZURE|AWS|GITHUB|GH|GITLAB|BITBUCKET|NPM|NODE_AUTH|PYPI|DOCKER|STRIPE|PAYPAL|TWILIO|SENDGRID|SLACK|DISCORD|TELEGRAM|OPENCLAW|CLOUDFLARE|CF|VERCEL|NETLIFY|HEROKU|DIGITALOCEAN|DO|SUPABASE|FIREBASE|MONGO\w*|DATABASE|DB|POSTGRES\w*|MYSQL|REDIS|SSH|GPG|PGP|WALLET|MNEMONIC|SEED|PRIVATE|ETH|SOL|BTC)(?:_|$)/i;
/** Those of them that are the skill's own service's credentials: not well-known ones. */
function declaredCredentials(facts: TargetFacts): Set<string> {
  const skill = facts.target === 'skill' ? facts.files.find((f) => /^SKILL\.md$/i.test(f.rel)) : undefined;
  return new Set(skill ? declaredEnv(skill.text).filter((n) => !WELL_KNOWN_CREDENTIAL.test(n)) : []);
}

/** The code-host repositories (`owner/repo`) the project names as its own: its manifest's repository and homepage, a skill's homepage. */
/**
 * A code host's raw file from a repository the project does not name as its own, run inside the program that
 * fetched it: judged as a paste (its owner changes what runs). For the static effects and the emulator's alike.
 */
export function thirdPartyRawCode(effects: Effect[], own: () => Set<string>): void {
  let ownRepos: Set<string> | undefined;
  for (const e of effects) {
    if (e.kind !== 'fetch' || e.hostClass !== 'vendor' || !e.url || !e.produces?.length) continue;
    const repo = rawRepositoryOf(e.url);
    if (!repo || (ownRepos ??= own()).has(repo) || !runsInProcess(effects, e.produces)) continue;
    e.hostClass = 'paste';
  }
}

/** The repositories a package or skill names as its own (repository, homepage). */
export function ownRepositories(facts: Pick<TargetFacts, 'manifest'> & { files?: TargetFacts['files'] }): Set<string> {
  const out = new Set<string>();
  const repo = facts.manifest?.repository as unknown;
  const skill = facts.files?.find((f) => /^SKILL\.md$/i.test(f.rel));
  for (const u of [typeof repo === 'string' ? repo : (repo as { url?: string } | undefined)?.url, facts.manifest?.homepage, skill && skillHomepage(skill.text)]) {
    if (typeof u !== 'string') continue;
    const named = pushedRepositoryOf(u.replace(/^git\+/, '').replace(/#.*$/, '')) ?? /^(?:github|gitlab|bitbucket):([\w.-]+\/[\w.-]+)$/.exec(u)?.[1] ?? /^([\w.-]+\/[\w.-]+)$/.exec(u)?.[1];
    if (named) out.add(named.replace(/\.git$/, '').toLowerCase());
  }
  return out;
}

/** Does what `keys` name reach an exec the program computes in its own process (exec, eval, a compiled function)? */
function runsInProcess(effects: Effect[], keys: string[]): boolean {
  const reached = new Set(keys);
  for (let round = 0; round < 4; round++) {
    let grew = false;
    for (const x of effects) {
      if (!x.consumes?.some((k) => reached.has(k))) continue;
      if (x.kind === 'exec' && ((x.origin === 'computed' && x.lang !== 'shell' && x.lang !== 'prose' && x.lang !== 'powershell') || (x.lang === 'emulation' && x.inProcess))) return true;
      for (const k of x.produces ?? []) if (!reached.has(k)) (reached.add(k), (grew = true));
    }
    if (!grew) break;
  }
  return false;
}

function ownHostsOf(facts: TargetFacts): Set<string> {
  const out = new Set<string>();
  const add = (u: unknown) => {
    if (typeof u !== 'string' || !/^https?:\/\//.test(u)) return;
    const { host, hostClass } = classifyHost(u);
    if (hostClass === 'unknown' || hostClass === 'vendor' || hostClass === 'configured') out.add(host.replace(/^www\./, ''));
  };
  const skill = facts.files.find((f) => /^SKILL\.md$/i.test(f.rel));
  if (skill) add(skillHomepage(skill.text));
  add(facts.manifest?.homepage);
  const repo = facts.manifest?.repository as unknown;
  add(typeof repo === 'string' ? repo : (repo as { url?: string } | undefined)?.url?.replace(/^git\+/, ''));
  return out;
}

export { classifyHost };

/**
 * A mention is not an effect: pattern-rule findings (the signal rules) that land inside quoted markdown —
 * examples under an "indicators" heading, a code block introduced as what attackers do — describe an attack
 * rather than instruct one. They are kept, lowered to low and marked, so a write-up is not blocked for quoting.
 * So are those in a test, fixture, example or docs file that nothing runs (`runs`: in a package, whether a lifecycle
 * script, entry point or bin reaches the file; in a skill, whether its own text runs it by name).
 */
export function demoteQuotedFindings<F extends { ruleId: string; severity: string; message: string; file?: string; line?: number }>(findings: F[], files: FileForEffects[], runs?: (rel: string) => boolean, quoted: ReadonlySet<string> = new Set()): F[] {
  const ranges = new Map<string, Array<[number, number]>>();
  for (const f of files) if (/\.md$/i.test(f.rel)) ranges.set(f.rel, quotedRanges(f.text, f.rel));
  return findings.map((f) => {
    if (f.ruleId.startsWith('behaviour-') || !f.file || f.line === undefined) return f;
    if (quoted.has(f.file) && ['critical', 'high', 'medium'].includes(f.severity)) return { ...f, severity: 'low', message: `${f.message} (in a document the skill presents as quoted, never to be run)` };
    // A test, fixture, example or docs file that nothing runs: the text rules read its attack strings as the behaviour
    // model reads them there (reach never).
    if (runs && (f.ruleId.startsWith('threat-') || f.ruleId.startsWith('skill-')) && TEST_PATH.test(f.file) && !runs(f.file) && ['critical', 'high', 'medium'].includes(f.severity))
      return { ...f, severity: 'low', message: `${f.message} (in a test, example or docs file nothing runs)` };
    const r = ranges.get(f.file);
    if (!r?.some(([a, b]) => f.line! >= a && f.line! <= b)) return f;
    if (!['critical', 'high', 'medium'].includes(f.severity)) return f;
    return { ...f, severity: 'low', message: `${f.message} (quoted as an example, not an instruction)` };
  });
}


/**
 * A Python notebook's code cells as one script (cell magics and shell escapes left out; its lines are the cells' code
 * lines, numbered in that script, not in the notebook's JSON); undefined for another kernel.
 */
function notebookCode(text: string): string | undefined {
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch {
    return undefined;
  }
  const n = nb as { cells?: unknown; metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } } };
  const language = n.metadata?.kernelspec?.language ?? n.metadata?.language_info?.name ?? 'python';
  if (!Array.isArray(n.cells) || String(language).toLowerCase() !== 'python') return undefined;
  const lines: string[] = [];
  for (const c of n.cells.slice(0, 500)) {
    const cell = c as { cell_type?: unknown; source?: unknown };
    if (cell.cell_type !== 'code') continue;
    const src = Array.isArray(cell.source) ? cell.source.join('') : typeof cell.source === 'string' ? cell.source : '';
    for (const l of src.split('\n')) lines.push(/^\s*[%!]/.test(l) ? '' : l);
  }
  return lines.length ? lines.join('\n') : undefined;
}
