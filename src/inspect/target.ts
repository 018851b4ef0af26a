/**
 * Inspect one target (an unpacked npm package or a skill folder): read every file once, run the analyzers,
 * mark install-time code (lifecycle scripts, the files they run and what those import), then let the rules
 * decide. Never executes package code.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Finding, LifecycleScript } from '../report/types.js';
import { Coverage, entryPoints, resolveLocal } from './coverage.js';
import { analyzeManifest, type ManifestAnalysis } from './analyzers/manifest.js';
import { analyzeShell } from './analyzers/shell.js';
import { CONTENT_PATTERNS, EXFIL_HOST } from './analyzers/patterns.js';
import { skillHomepage } from './frontmatter.js';
import { escapeRegExp } from './analyzers/regex-tier.js';
import { DEFAULT_MAX_FILE_BYTES, PackageTexts, executableFormat, fileKindOf, isWasmModule, listFiles } from './files.js';
import { evaluateRules } from './rules/evaluate.js';
import type { Rule } from './rules/types.js';
import { LineIndex, SignalSink, deriveFileSignals, type Signal } from './signals.js';
import { CMAKE, MAKEFILE, isToolConfig } from './effects/tool-configs.js';
import { EMBEDDED_FILE, isPhp } from './effects/embedded.js';

/** A file that starts as one encoded blob would (base64, Base85, hex; no spaces): collect.ts decodedWhole reads it. */
const ONE_BLOB = /^[0-9A-Za-z+/=!#$%&()*\-;<>?@^_`{|}~]{40,}(?:\r?\n|$)/;
import { installEntries, mayHideText } from './effects/prose.js';
import type { InlineNodeProgram } from './effects/shell.js';
import { isPickleFile, PICKLE_FILE } from './effects/pickle.js';
import { READ_AS_TEXT, RUNS_IN_CALLERS, SOURCED_CONFIG, TEST_PATH, demoteQuotedFindings, emulationRequestOf, lowerTarget, pageScriptsOf, skillEmulationOf, skillInstallsPackage, skillRunsFile, skillSaid, SCRIPT_FILE, type EmulationRequest, type FileForEffects, type FileForEmulation } from './effects/collect.js';
import { evaluateEffectRules } from './effects/evaluate.js';
import type { Effect } from './effects/types.js';

export interface TargetOptions {
  target: 'package' | 'skill';
  packageId?: string;
  depPath?: string;
  registryManifest?: Record<string, unknown>;
  maxFileBytes?: number;
  /** Caps of the engine (src/inspect/files.ts; docs/reliability.md, "Engine caps"). */
  maxScanBytes?: number;
  maxEntries?: number;
  maxDepth?: number;
  excludeNodeModules?: boolean;
}

export interface TargetResult {
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  signals: Signal[];
  files: number;
  bytes: number;
  fileHashes: Record<string, string>;
  manifest?: Record<string, unknown>;
  /** The behaviour model's effects (issue 10), for reports, debugging and the emulator's linking. */
  effects: Effect[];
  /** Entries the emulator should run (src/emulate); absent when nothing has a reason to. */
  emulation?: EmulationRequest;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export function inspectTarget(dir: string, rules: readonly Rule[], options: TargetOptions): TargetResult {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = listFiles(dir, { excludeNodeModules: options.excludeNodeModules, maxEntries: options.maxEntries, maxDepth: options.maxDepth });
  const coverage = new Coverage(dir, { target: options.target, maxFileBytes: maxBytes, maxScanBytes: options.maxScanBytes });
  const signals: Signal[] = [];
  const fileHashes: Record<string, string> = {};
  const imports = new Map<string, string[]>();
  const fileSet = new Set(files.map((f) => f.rel));
  let bytes = 0;
  let manifest: ManifestAnalysis | undefined;
  const installSignals: Signal[] = [];
  // Texts kept after their file is analysed: only what the cross-file stages read again (a skill's markdown
  // and scripts; a package's shell and script files and a root SKILL.md). A package's other texts are dropped
  // file by file (OpenClaw's own package holds 228 M characters of text): what the emulator may read is
  // held up to a budget and read again past it (emulationTexts, PackageTexts).
  const textFiles: FileForEffects[] = [];
  const emulationFiles: FileForEmulation[] = [];
  const emulationTexts = new PackageTexts(dir, options.maxScanBytes);
  // A binary the package ships exists in the sandbox's file system (empty): code that checks for it before starting
  // it (`if (existsSync(dll)) spawn('rundll32', [dll])`) goes on to do so, where the trace shows it.
  const shippedBinary = (rel: string) => {
    if (options.target === 'package') emulationTexts.add(rel, '');
  };
  const nestedManifests: Array<{ rel: string; text: string }> = [];
  const skillManifests: Array<{ rel: string; text: string }> = [];
  const gypCommands: Array<{ event: string; command: string; file: string }> = [];
  // Programs the package's own .npmrc has npm start in its place (`git=./.husky/_/git`, `script-shell=…`): npm reads
  // it where it installs, and OpenClaw installs a plugin's dependencies in the plugin's own folder.
  const npmrcRuns: string[] = [];

  for (const f of files) {
    if (f.symlinkTarget !== undefined) {
      signals.push({ id: 'file.symlink', file: f.rel, line: 1, evidence: `symlink → ${f.symlinkTarget}`, kind: 'data' });
      continue;
    }
    if (f.unreadable !== undefined || f.capped !== undefined) {
      signals.push(coverage.notListed(f));
      continue;
    }
    bytes += f.size;
    // Bounded passes: every byte hashed, padding collapsed, binaries only hashed (src/inspect/coverage.ts).
    const loaded = coverage.load(f);
    if ('id' in loaded) {
      signals.push(loaded);
      continue;
    }
    fileHashes[f.rel] = loaded.hash;
    const exe = executableFormat(loaded.head.subarray(0, 4096));
    if (exe) {
      const addon = /\.(node|dylib|so(\.\d+)*|dll)$/i.test(f.rel);
      signals.push({ id: addon ? 'bin.native-addon' : 'bin.executable', file: f.rel, line: 1, evidence: `${exe} ${addon ? 'shared library' : 'executable'} (${loaded.size} bytes)`, kind: 'binary' });
      shippedBinary(f.rel);
      continue;
    }
    if (loaded.text === undefined && isWasmModule(loaded.head)) {
      // Not uninspected code where it runs (coverage.ts looks for bin.binary): it acts only through its loader.
      signals.push({ id: 'bin.wasm', file: f.rel, line: 1, evidence: `WebAssembly module (${loaded.size} bytes)`, kind: 'binary' });
      if (options.target === 'package') emulationTexts.addBinary(f.rel);
      continue;
    }
    if (loaded.text === undefined) {
      signals.push({ id: 'bin.binary', file: f.rel, line: 1, evidence: `binary file (${loaded.size} bytes)`, kind: 'binary' });
      // An image, font or data file: code that reads it reads its bytes (a payload in a PNG chunk).
      if (options.target === 'package') emulationTexts.addBinary(f.rel);
      continue;
    }
    // (a markdown line written in full-width Latin letters and symbols, `ｃｕｒｌ　－ｆｓＳＬ　ｈｔｔｐ：／／…`, is read as the command
    // it spells: the agent reads it so, and a skill that tells it to convert such a line and run it means that command)
    const text = /\.(?:md|markdown|mdx|txt)$/i.test(f.rel) ? halfWidthLines(loaded.text) : loaded.text;
    const isRootManifest = f.rel === 'package.json' && options.target === 'package';
    const kind = fileKindOf(f.rel, text, options.target, isRootManifest);
    const sink = new SignalSink(f.rel, kind);
    if (options.target === 'skill') {
      // Go sources (and go.mod, which names the module's own packages) stay `data` to the content analyzers; the Go
      // translator lowers them, and the commands of tool
      // configurations (tasks.json, workflows, Makefiles, composer.json) are lowered as shell, and a bundled Python
      // environment's .pth files say what its interpreter imports at start-up (effects/collect.ts), and a pickle's
      // opcodes what it calls when loaded (effects/pickle.ts).
      // (and a notebook: its code cells run when the agent executes it)
      if ((kind !== 'manifest' && kind !== 'data' && kind !== 'types') || (kind === 'data' && (/\.(?:go|pth|ipynb)$|(?:^|\/)(?:go\.mod|pyproject\.toml)$/i.test(f.rel) || EMBEDDED_FILE.test(f.rel) || isPhp(f.rel, text) || ONE_BLOB.test(text.slice(0, 400)) || isToolConfig(f.rel) || READ_AS_TEXT.test(f.rel) || SOURCED_CONFIG.test(f.rel) || isPickleFile(f.rel, text)))) textFiles.push({ rel: f.rel, text, kind });
      // A skill's JavaScript runs when the agent runs it (skillEmulationOf): it and the files it may read are emulated.
      if (kind !== 'skill' && kind !== 'doc' && text.length <= 2_000_000) {
        emulationFiles.push({ rel: f.rel, kind });
        emulationTexts.add(f.rel, text, text.length === loaded.length);
      }
    } else {
      // Any file that may hide text in invisible characters too (effects/collect.ts reads what it says).
      // A Makefile and CMake files too: a lifecycle script's `make` runs its recipes, its CMake their commands.
      // Go sources and go.mod too: the translator lowers the Go program an install script builds and runs. And a
      // pickle (effects/pickle.ts): what its opcodes call runs in whatever loads it. And the build files of other tools
      // (a crate's build.rs, Gradle and Nix files): their commands (effects/embedded.ts) run when a lifecycle script builds.
      if (kind === 'shell' || kind === 'script' || /^SKILL\.md$/i.test(f.rel) || MAKEFILE.test(f.rel) || CMAKE.test(f.rel) || EMBEDDED_FILE.test(f.rel) || isPhp(f.rel, text) || SOURCED_CONFIG.test(f.rel) || /\.go$|(?:^|\/)go\.mod$/i.test(f.rel) || isPickleFile(f.rel, text) || mayHideText(text) || (kind === 'data' && RUNS_IN_CALLERS.test(text))) textFiles.push({ rel: f.rel, text, kind });
      // What the emulated code may read: code, and data up to 2 M characters.
      if ((kind !== 'manifest' && kind !== 'data' && kind !== 'types') || text.length <= 2_000_000) {
        emulationFiles.push({ rel: f.rel, kind });
        emulationTexts.add(f.rel, text, text.length === loaded.length);
      }
    }
    if (options.target === 'package' && NESTED_MANIFEST.test(f.rel)) nestedManifests.push({ rel: f.rel, text });
    // (a skill's own npm packages, below its folder: what runs of one depends on whether the skill installs it)
    if (options.target === 'skill' && f.rel !== 'package.json' && /(?:^|\/)package\.json$/.test(f.rel) && !f.rel.includes('node_modules/')) skillManifests.push({ rel: f.rel, text });
    if (kind === 'manifest') {
      const installSink = new SignalSink(f.rel, kind);
      manifest = analyzeManifest(text, sink, installSink, options.registryManifest);
      for (const s of installSink.signals) installSignals.push({ ...s, installTime: true });
      installSignals.push(...manifest.inlineSignals);
    } else {
      const { localImports } = coverage.analyze(f, { ...loaded, text }, sink);
      if (localImports.length) imports.set(f.rel, localImports);
    }
    if (f.rel === '.npmrc' && options.target === 'package') npmrcRuns.push(...npmrcPrograms(text));
    if (/(^|\/)\.npmrc$/.test(f.rel)) sink.add('pkg.npmrc', 1, `.npmrc inside the package${/_authToken|registry\s*=/.test(text) ? ` (${text.match(/registry\s*=\s*\S+/)?.[0] ?? 'auth settings'})` : ''}`);
    if (/(?:^|\/)binding\.gyp$/.test(f.rel) && options.target === 'package') {
      const gyp = new SignalSink(f.rel, kind);
      gyp.add('pkg.binding-gyp', 1, 'binding.gyp: npm runs `node-gyp rebuild` at install');
      const lines = new LineIndex(text);
      // `<!(cmd)` and actions run shell commands while node-gyp configures the build.
      for (const m of text.matchAll(/<!@?\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)|"action"\s*:\s*\[([^\]]*)\]/g)) {
        const command = m[1] !== undefined ? m[1].replace(/\\"/g, '"') : (m[2] ?? '').replace(/["',]/g, ' ');
        analyzeShell(command, gyp, () => lines.lineOf(m.index ?? 0), true);
        gypCommands.push({ event: 'node-gyp', command, file: f.rel });
      }
      for (const s of gyp.signals) installSignals.push({ ...s, installTime: true });
    }
    signals.push(...sink.signals);
  }

  // Dependencies shipped inside the package (bundled node_modules/): npm runs their lifecycle scripts and
  // node-gyp for their binding.gyp too, and the package loads them. A clean top package can carry its payload there.
  const nested = nestedPackagesOf(nestedManifests, fileSet, installSignals);
  // A package a skill ships and installs (`npm install -g {baseDir}/tool`, or by its name): npm runs its lifecycle
  // scripts as it runs a shipped dependency's, and the agent runs its bins when the skill's text names them.
  const said = options.target === 'skill' ? skillSaid(textFiles) : '';
  const skillPackages = skillManifests.length ? skillPackagesInstalled(skillManifests, said, textFiles, fileSet, installSignals) : undefined;
  // Install-time code: files the lifecycle scripts run, and the local modules those load.
  const installFiles = new Set<string>();
  // (node-gyp's actions and `<!(…)` expansions run the package's own scripts too: `python3 tools/gen.py`)
  // (and the files a `node -p "require('./scripts/abi.js')"` loads: the strings quoted inside a word are paths too)
  const gypRuns = gypCommands.flatMap((g) => [...g.command.split(/\s+/), ...[...g.command.matchAll(/(['"])([^'"\s]+)\1/g)].map((m) => m[2])].map((w) => path.posix.normalize(path.posix.join(path.posix.dirname(g.file), w.replace(/^["']|["']$/g, '')))).filter((p) => fileSet.has(p)));
  const queue = [...(manifest?.runsFiles ?? []).map((p) => resolveLocal('', p, fileSet)), ...nested.runsFiles, ...(skillPackages?.runsFiles ?? []), ...gypRuns, ...npmrcRuns.filter((p) => fileSet.has(p))].filter((p): p is string => !!p);
  while (queue.length) {
    const f = queue.shift()!;
    if (installFiles.has(f)) continue;
    installFiles.add(f);
    for (const spec of imports.get(f) ?? []) {
      const r = resolveLocal(path.posix.dirname(f), spec, fileSet);
      if (r && !installFiles.has(r)) queue.push(r);
    }
  }
  // What could not be inspected and runs blocks; test-looking files reached by what runs are not tests.
  signals.push(...coverage.finish({ pkg: manifest?.pkg, runsFiles: manifest?.runsFiles ?? [], scripts: manifest?.scripts ?? [], imports, fileSet, signals }));
  for (const s of signals) if (installFiles.has(s.file)) s.installTime = true;
  signals.push(...installSignals);
  dropOwnSubject(signals, manifest?.pkg);
  dropOwnService(signals, options.target === 'skill' ? skillHomepage(textFiles.find((f) => f.rel === 'SKILL.md')?.text ?? '') : typeof manifest?.pkg?.homepage === 'string' ? manifest.pkg.homepage : undefined);
  signals.push(...deriveFileSignals(signals));

  const packageId = options.packageId ?? (manifest?.pkg ? `${String(manifest.pkg.name ?? '')}@${String(manifest.pkg.version ?? '')}` : undefined);
  // What runs: the install-time files, and the closures of the package's entry points (main, exports, bins).
  const entries = options.target === 'package' ? entryPoints(manifest?.pkg) : [];
  const loadFiles = closureOf([...entries.filter((e) => e.kind === 'load').map((e) => e.ref), ...nested.entries, ...(options.target === 'package' ? TOOL_PRESETS.filter((f) => fileSet.has(f)) : [])], imports, fileSet);
  const toolRuns = options.target === 'package' ? handedToTools(loadFiles, imports, fileSet, emulationTexts, typeof manifest?.pkg?.name === 'string' ? manifest.pkg.name : undefined) : [];
  const binFiles = closureOf([...entries.filter((e) => e.kind === 'bin').map((e) => e.ref), ...(skillPackages?.bins ?? [])], imports, fileSet);
  if (options.target === 'package') for (const set of [installFiles, loadFiles, binFiles]) scriptsStartedBy(set, textFiles, emulationTexts);
  // (in a skill: a script its own text runs by name; what the model reads is reached, but for a test's or an example's
  // data its text never names: `tests/fixtures/bad-skill/SKILL.md` is a scanner's test input, not the agent's reading)
  const runs = options.target === 'package' ? (rel: string) => installFiles.has(rel) || loadFiles.has(rel) || binFiles.has(rel) : (rel: string) => (SCRIPT_FILE.test(rel) ? skillRunsFile(said, rel) : !(TEST_PATH.test(rel) && rel.includes('/')) || said.includes(rel));
  // The behaviour model: every file lowered to effects, with when it runs; behaviour rules judge the flows.
  const installCode = options.target === 'package' && textFiles.some((f) => /\.go$/i.test(f.rel)) ? [...installFiles].map((rel) => emulationTexts.get(rel) ?? '').join('\n') : undefined;
  const inlineNode: InlineNodeProgram[] = [];
  const quotedDocs = new Set<string>();
  const effects = lowerTarget({ target: options.target, quotedDocs, files: textFiles, installFiles, loadFiles, binFiles, scripts: [...(manifest?.scripts ?? []).map((s) => ({ event: s.event, command: s.command, file: 'package.json' })), ...nested.scripts, ...(skillPackages?.scripts ?? []), ...gypCommands], dependencies: dependencyNamesOf(manifest?.pkg), manifest: manifest?.pkg, installCode, ...(files.some((f) => f.rel === 'binding.gyp') ? { buildsNative: true } : {}), ...(options.target === 'package' ? { inlineNode } : {}) });
  const findings = demoteQuotedFindings(evaluateRules(rules, withoutQuietStartupFiles(withoutVerifiedHarvest(signals, effects), textFiles, effects), { target: options.target, packageId, depPath: options.depPath, bundles: coverage.bundles }), options.target === 'skill' ? textFiles : [], runs, quotedDocs);
  // Emulation (issue 11) is asynchronous: the caller runs this request and judges the effects again.
  const emulation =
    options.target === 'package'
      ? emulationRequestOf(emulationFiles, emulationTexts, manifest?.pkg, [...installFiles], [...loadFiles], entries.filter((e) => e.kind === 'bin').map((e) => ({ file: resolveLocal('', e.ref, fileSet) ?? e.ref, closure: [...closureOf([e.ref], imports, fileSet)] })), [...(manifest?.scripts ?? []), ...nested.scripts], inlineNode, pageScriptsOf(fileSet, emulationTexts), toolRuns)
      : skillEmulationOf(emulationFiles, emulationTexts, textFiles, packageId, skillPackages ? { install: [...closureOf(skillPackages.runsFiles.filter((p): p is string => !!p), imports, fileSet)], bins: skillPackages.bins } : undefined);
  findings.push(...evaluateEffectRules(rules, effects, { target: options.target, packageId, depPath: options.depPath }));
  const lifecycleScripts: LifecycleScript[] = (manifest?.scripts ?? []).map((s) => ({
    package: packageId ?? '',
    path: options.depPath ?? String(manifest?.pkg?.name ?? ''),
    event: s.event,
    command: s.command,
    sha256: sha256(s.command),
    approved: false,
  }));
  for (const n of nested.scripts) {
    const depName = n.file.replace(/\/package\.json$/, '').replace(/^.*node_modules\//, '');
    lifecycleScripts.push({ package: `${depName}@${n.version}`, path: `${options.depPath ?? String(manifest?.pkg?.name ?? '')}>${depName}`, event: n.event, command: n.command, sha256: sha256(n.command), approved: false });
  }
  if (fileSet.has('binding.gyp') && !lifecycleScripts.some((s) => s.event === 'install' || s.event === 'preinstall')) {
    lifecycleScripts.push({ package: packageId ?? '', path: options.depPath ?? String(manifest?.pkg?.name ?? ''), event: 'install', command: 'node-gyp rebuild', sha256: sha256('node-gyp rebuild'), approved: false });
  }
  return { findings, lifecycleScripts, signals, files: files.length, bytes, fileHashes, manifest: manifest?.pkg, effects, ...(emulation ? { emulation } : {}) };
}

/**
 * The package's files an .npmrc has npm run: the program it uses for git (`git=`), the shell it runs scripts with
 * (`script-shell=`, `shell=`), and modules every node it starts preloads (`node-options=--require ./x.js`), when
 * they are paths inside the package (`./x`, `${PWD}/x`, `$INIT_CWD/x`).
 */
function npmrcPrograms(text: string): string[] {
  const out: string[] = [];
  const inPackage = (v: string): string | undefined => {
    const p = v.trim().replace(/^["']|["']$/g, '').replace(/^\$\{?(?:PWD|INIT_CWD|npm_config_local_prefix)\}?[\\/]/, './');
    if (/^(?:\/|~|[A-Za-z]:|\$)/.test(p)) return undefined;
    return path.posix.normalize(p.replace(/\\/g, '/'));
  };
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(git|script-shell|shell|node-options)\s*=\s*(.+?)\s*$/i.exec(line);
    if (!m) continue;
    if (m[1].toLowerCase() === 'node-options') {
      for (const r of m[2].matchAll(/(?:--require|-r|--import|--loader|--experimental-loader)[=\s]+(\S+)/g)) {
        const p = inPackage(r[1]);
        if (p) out.push(p);
      }
    } else {
      const p = inPackage(m[2].split(/\s+/)[0]);
      if (p) out.push(p);
    }
  }
  return out;
}

/**
 * A shell script that names a shell's start-up files only to add settings to one (`export PATH="$PREFIX/bin:$PATH"`,
 * asked or not): the behaviour model saw its write to the file and that it starts nothing, so the files' names it
 * mentions (`rc="$HOME/.zshrc"`) are no persistence for the pattern rules either. A script whose write starts something,
 * or that the model saw persist in any way, keeps every mention.
 */
function withoutQuietStartupFiles(signals: Signal[], files: readonly FileForEffects[], effects: readonly Effect[]): Signal[] {
  const quiet = new Set(files.filter((f) => f.kind === 'shell' && effects.some((e) => e.file === f.rel && e.kind === 'write' && e.location === 'shell-rc') && !effects.some((e) => e.file === f.rel && e.kind === 'persist')).map((f) => f.rel));
  if (!quiet.size) return signals;
  return signals.filter((s) => !(s.id === 'persist.location' && quiet.has(s.file) && RC_FILE_NAMED.test(s.evidence) && !OTHER_STARTUP.test(s.evidence)));
}
/**
 * A script whose lowering (Python, Go, shell, PowerShell: the behaviour model reads it statement by statement) sends
 * only to the services themselves (a secret scanner checking each token it found at `api.github.com/user` and npm's
 * `whoami`): the credential stores it names are not a stealer's shopping list, since nothing it reads can leave for
 * anywhere else; the behaviour rules judge what goes where. A file with any send or download to another host, or to
 * an endpoint that publishes (a gist, a repository's contents), or none the model could place, keeps it.
 */
function withoutVerifiedHarvest(signals: Signal[], effects: readonly Effect[]): Signal[] {
  const files = new Set(signals.filter((s) => s.id === 'cred.multi').map((s) => s.file));
  if (!files.size) return signals;
  const verified = new Set<string>();
  for (const f of files) {
    const net = effects.filter((e) => e.file === f && (e.kind === 'send' || e.kind === 'fetch'));
    if (net.length && effects.some((e) => e.file === f && LOWERED_LANGS.has(e.lang)) && net.every((e) => !!e.host && SERVICE_HOSTS.has(e.hostClass ?? 'unknown') && !PUBLISHES.test(e.url ?? ''))) verified.add(f);
  }
  return verified.size ? signals.filter((s) => !(s.id === 'cred.multi' && verified.has(s.file))) : signals;
}
/** A service's endpoint that publishes what it is sent (a gist, a file in a repository, an issue, an upload). */
const PUBLISHES = /\/(?:gists|pastes?|uploads?|repos\/[^/]+\/[^/]+\/(?:contents|issues|git|releases))\b/i;
const LOWERED_LANGS = new Set(['python', 'go', 'shell', 'powershell', 'ruby']);
const SERVICE_HOSTS = new Set(['vendor', 'registry']);
const RC_FILE_NAMED = /\.(?:bashrc|zshrc|bash_profile|zprofile|profile)\b/;
const OTHER_STARTUP = /crontab|\/etc\/cron|spool\/cron|LaunchAgents|LaunchDaemons|systemd|systemctl|CurrentVersion|schtasks|Startup|rc\.local|init\.d/i;

function dependencyNamesOf(pkg: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  for (const k of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const d = pkg?.[k];
    if (d && typeof d === 'object') out.push(...Object.keys(d as object));
  }
  return out;
}

const NESTED_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;

/** Lifecycle scripts, install-time files and entry points of the dependencies a package ships in node_modules/. */
function nestedPackagesOf(manifests: Array<{ rel: string; text: string }>, fileSet: Set<string>, installSignals: Signal[]) {
  const scripts: Array<{ event: string; command: string; file: string; version: string }> = [];
  const runsFiles: Array<string | undefined> = [];
  const entries: string[] = [];
  for (const m of manifests) {
    const dir = path.posix.dirname(m.rel);
    const sink = new SignalSink(m.rel, 'manifest');
    const installSink = new SignalSink(m.rel, 'manifest');
    const a = analyzeManifest(m.text, sink, installSink);
    for (const s of [...installSink.signals, ...a.inlineSignals]) installSignals.push({ ...s, installTime: true });
    const version = String(a.pkg?.version ?? '');
    for (const s of a.scripts) scripts.push({ event: s.event, command: s.command, file: m.rel, version });
    if (fileSet.has(`${dir}/binding.gyp`) && !a.scripts.some((s) => s.event === 'install' || s.event === 'preinstall')) scripts.push({ event: 'install', command: 'node-gyp rebuild', file: m.rel, version });
    for (const f of a.runsFiles) runsFiles.push(resolveLocal(dir, f, fileSet));
    for (const e of entryPoints(a.pkg)) if (e.kind === 'load') entries.push(path.posix.join(dir, e.ref));
  }
  return { scripts, runsFiles, entries };
}

/**
 * The npm packages a skill ships that it installs (`skillInstallsPackage`): their lifecycle scripts and the files those
 * run, as for a shipped dependency, and the bins of theirs the skill's text runs by name.
 */
function skillPackagesInstalled(manifests: Array<{ rel: string; text: string }>, said: string, files: readonly FileForEffects[], fileSet: Set<string>, installSignals: Signal[]) {
  const skillMd = files.find((f) => f.kind === 'skill' && /^SKILL\.md$/i.test(f.rel));
  const fromMetadata = skillMd ? installEntries(skillMd.text).flatMap((e) => (e.kind === 'node' && typeof e.package === 'string' ? [e.package.replace(/(?!^)@[^/]*$/, '')] : [])) : [];
  const installed = manifests.flatMap((m) => {
    let pkg: { name?: unknown; bin?: unknown };
    try {
      pkg = JSON.parse(m.text) as typeof pkg;
    } catch {
      return [];
    }
    return pkg && skillInstallsPackage(said, path.posix.dirname(m.rel), typeof pkg.name === 'string' ? pkg.name : undefined, fromMetadata) ? [{ ...m, pkg }] : [];
  });
  if (!installed.length) return undefined;
  const nested = nestedPackagesOf(installed, fileSet, installSignals);
  const bins: string[] = [];
  for (const { rel, pkg } of installed) {
    const dir = path.posix.dirname(rel);
    const named = typeof pkg.bin === 'string' ? { [String(pkg.name ?? '').replace(/^@[^/]+\//, '')]: pkg.bin } : pkg.bin && typeof pkg.bin === 'object' ? (pkg.bin as Record<string, unknown>) : {};
    for (const [bin, ref] of Object.entries(named)) if (bin && typeof ref === 'string' && new RegExp(String.raw`(?:^|[\s\`"'(|&;$])${escapeRegExp(bin)}(?=[\s\`"')|&;]|$)`, 'm').test(said)) bins.push(path.posix.join(dir, ref));
  }
  return { scripts: nested.scripts, runsFiles: nested.runsFiles, bins };
}

function closureOf(entries: string[], imports: Map<string, string[]>, fileSet: Set<string>): Set<string> {
  const out = new Set<string>();
  const queue = entries.map((p) => resolveLocal('', p, fileSet)).filter((p): p is string => !!p);
  while (queue.length) {
    const f = queue.shift()!;
    if (out.has(f)) continue;
    out.add(f);
    for (const spec of imports.get(f) ?? []) {
      const r = resolveLocal(path.posix.dirname(f), spec, fileSet);
      if (r && !out.has(r)) queue.push(r);
    }
  }
  return out;
}

/**
 * A package about a secret scanner (its name or description names it: a wrapper that installs gitleaks and sets up its
 * hooks) names that scanner as its subject, in its prompts, flags and messages; a worm names one as a means. The
 * scanner's name is no worm signal in the first; what the package does with what it finds is still judged.
 */
const SECRET_SCANNERS = CONTENT_PATTERNS.find((p) => p.id === 'worm.secret-scanner')?.needles;
function dropOwnSubject(signals: Signal[], pkg: Record<string, unknown> | undefined): void {
  const about = `${typeof pkg?.name === 'string' ? pkg.name : ''} ${typeof pkg?.description === 'string' ? pkg.description : ''}`.toLowerCase();
  const own = (SECRET_SCANNERS ?? []).filter((w) => about.includes(w));
  if (!own.length) return;
  for (let i = signals.length - 1; i >= 0; i--) {
    const s = signals[i]!;
    if (s.id === 'worm.secret-scanner' && !s.decoded && own.some((w) => s.evidence.toLowerCase().includes(w))) signals.splice(i, 1);
  }
}

/**
 * A tool for a service that scanners list as a drop box (canarytokens.org, webhook.site, a tunnel), which names that
 * service as its own site (a skill's `homepage: https://canarytokens.org`, a package's homepage): the service named in
 * its code and text is the product's, not a drop box, so those mentions are not `net.exfil-host`. Only a site's root
 * counts (a drop box's address carries its token in its path), only a root that is itself such a service (a Discord
 * or Telegram site is not a webhook), and only plain mentions: what the code sends where is the behaviour model's.
 */
/**
 * Lines of a text written mostly in full-width forms of ASCII (U+FF01-FF5E, and U+3000 for spaces), mapped to ASCII
 * one character for one, so lines and columns stay where they were. Only lines where such forms make up most of the
 * line and spell eight or more letters: Japanese and Chinese prose uses full-width punctuation among its own script,
 * which is left alone.
 */
export function halfWidthLines(text: string): string {
  if (!/[\uff21-\uff3a\uff41-\uff5a]/.test(text)) return text;
  return text.replace(/^.*$/gm, (line) => {
    const wide = line.match(/[\uff01-\uff5e]/g)?.length ?? 0;
    const letters = line.match(/[\uff21-\uff3a\uff41-\uff5a]/g)?.length ?? 0;
    const visible = line.replace(/[\s\u3000]/g, '').length;
    if (letters < 8 || wide < visible * 0.6) return line;
    return line.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  });
}

const EXFIL_HOST_ANY = new RegExp(EXFIL_HOST.source, 'i');
function dropOwnService(signals: Signal[], homepage: string | undefined): void {
  let host: string;
  try {
    const u = new URL(homepage ?? '');
    if (!/^https?:$/.test(u.protocol) || (u.pathname !== '/' && u.pathname !== '') || u.search) return;
    host = u.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return;
  }
  if (!EXFIL_HOST_ANY.test(host)) return;
  const own = new RegExp(escapeRegExp(host), 'gi');
  for (let i = signals.length - 1; i >= 0; i--) {
    const s = signals[i]!;
    if (s.id === 'net.exfil-host' && !s.decoded && own.test(s.evidence) && !EXFIL_HOST_ANY.test(s.evidence.replace(own, ' '))) signals.splice(i, 1);
    own.lastIndex = 0;
  }
}

/**
 * The files a test runner or build tool loads by name from a package it is told to use: a Jest preset
 * (`preset: "jest-preset-x"` loads the package's root `jest-preset.js` or `.json`).
 */
const TOOL_PRESETS = ['jest-preset.js', 'jest-preset.cjs', 'jest-preset.mjs', 'jest-preset.json'];
/**
 * The keys of a test runner's or bundler's configuration whose values are files the tool runs in the user's project
 * (Jest's globalSetup and reporters, Mocha's require, Bun's preload, a webpack rule's loader).
 */
const TOOL_RUNS_KEY = /["']?\b(?:globalSetup|globalTeardown|setupFiles|setupFilesAfterEnv|reporters|testEnvironment|testRunner|testSequencer|snapshotSerializers|transform|watchPlugins|preload|require|loader|resolver|dependencyExtractor|runner)\b["']?\s*:/g;
const QUOTED_PATH = /(["'`])((?:[\w@<>.-]+\/)*[\w.-]+)\1/g;
/**
 * Files a loaded configuration hands to the tool that reads it: the package's own file named as one of the tool's
 * TOOL_RUNS_KEY values (`globalTeardown: path.join('<rootDir>', 'node_modules', 'my-preset', 'setup/teardown.js')`)
 * runs in that tool's process, in the user's project and CI, as surely as what the package's main requires. They join
 * the load closure with what they import, and are run as the tool runs them (the emulator calls what they export).
 */
function handedToTools(set: Set<string>, imports: Map<string, string[]>, fileSet: Set<string>, texts: ReadonlyMap<string, string>, name: string | undefined): string[] {
  const named: string[] = [];
  // (and the configuration its README tells users to write: `globalSetup: ['my-pruner/global-setup']`, a path into the
  // package by its name)
  const readme = [...fileSet].find((f) => /^readme(?:\.md|\.markdown)?$/i.test(f));
  const ownPath = name ? new RegExp(`^${escapeRegExp(name)}/`) : undefined;
  for (const rel of [...set, ...(readme && ownPath ? [readme] : [])]) {
    const text = texts.get(rel);
    if (!text || !/\.(?:[cm]?js|json|ts|md|markdown)$|^readme$/i.test(rel)) continue;
    const doc = rel === readme;
    for (const k of text.matchAll(TOOL_RUNS_KEY)) {
      const value = text.slice(k.index + k[0].length, k.index + k[0].length + 300);
      for (const q of value.matchAll(QUOTED_PATH)) {
        // (a path into the package as installed in the project: `<rootDir>/node_modules/<name>/setup.js`)
        if (doc && !ownPath!.test(q[2]!)) continue;
        const spec = doc ? q[2]!.replace(ownPath!, '') : q[2]!.replace(/^(?:<rootDir>\/)?(?:.*\/)?node_modules\/(?:@[\w.-]+\/)?[\w.-]+\//, '');
        if (!doc && !/[./]/.test(spec)) continue;
        const r = resolveLocal(path.posix.dirname(rel), spec, fileSet) ?? resolveLocal('', spec, fileSet);
        if (r && !set.has(r) && !named.includes(r) && /\.(?:[cm]?js|ts)$/.test(r)) named.push(r);
      }
    }
  }
  for (const f of closureOf(named, imports, fileSet)) set.add(f);
  return named;
}

/**
 * A package's own script that code of one reach starts through an interpreter (`execFile(python, [path.join(__dirname,
 * 'helpers', 'commit_message.py'), repo])`): it runs as that code does, and joins its set. Found by the script's file
 * name quoted in code that starts processes. So does a pickle that code names where it also unpickles: what the
 * pickle's opcodes call runs when it is loaded (effects/pickle.ts).
 */
function scriptsStartedBy(set: Set<string>, files: readonly FileForEffects[], texts: ReadonlyMap<string, string>): void {
  if (!set.size) return;
  const scripts = files.filter((f) => (f.kind === 'script' || f.kind === 'shell') && !set.has(f.rel) && path.posix.basename(f.rel).length >= 4);
  const code = scripts.length ? [...set].map((rel) => texts.get(rel) ?? '').filter((t) => /\b(?:child_process|execa|spawn|execFile|exec)\b/.test(t)) : [];
  for (const f of code.length ? scripts : []) {
    const name = new RegExp(`["'\`/\\\\]${escapeRegExp(path.posix.basename(f.rel))}["'\`]`);
    if (code.some((t) => name.test(t))) set.add(f.rel);
  }
  const pickles = files.filter((f) => f.kind === 'data' && PICKLE_FILE.test(f.rel) && !set.has(f.rel));
  if (!pickles.length) return;
  const running = [...set].map((rel) => texts.get(rel) ?? '').join('\n');
  if (!UNPICKLES.test(running)) return;
  // (by its name, or by its stem with the extension added in code: `${cfg.model || 'silero-lite'}.pkl`)
  for (const f of pickles) if (new RegExp(`["'\`/\\\\]${escapeRegExp(path.posix.basename(f.rel).replace(/\.[^.]+$/, ''))}(?:\\.\\w+)?["'\`]`).test(running)) set.add(f.rel);
}
const UNPICKLES = /\b(?:pickle|cPickle|_pickle|dill|cloudpickle|joblib|torch)\.loads?\s*\(|\bUnpickler\s*\(/;
