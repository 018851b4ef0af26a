/**
 * Coverage: what the engine read, what it could not, and what runs. A file the engine could not fully
 * inspect never counts as clean: when it runs (install time: lifecycle scripts, the files they run and what
 * those import; load time: `main`, `exports`, `openclaw.extensions`, `bin` and what they import; a skill's
 * SKILL.md and the files it names) the target gets `file.uninspected-code`, which the rule
 * package-uninspected-code turns into a critical (block) finding naming the file, why it was not read and
 * the fix. A file that does not run stays a low finding (file.too-large, file.unreadable, file.archive).
 *
 * Test-ness is decided here too, by reachability: shell strings of a file that looks like a test
 * (tests/, *.test.js) count as soon as anything that runs reaches it.
 */
import path from 'node:path';
import { analyzeFileBounded, type FileAnalysis } from './analyze-file.js';
import { MAX_DECODED_BYTES_PER_FILE, findEncodedBlobs } from './analyzers/decode.js';
import { wholeFileAnalysisParses } from './analyzers/js.js';
import { bundleShape, type BundleShape } from './bundles.js';
import { DEFAULT_MAX_SCAN_BYTES, archiveFormat, loadFile, wantsText, type LoadedFile, type PackageFile } from './files.js';
import { SignalSink, binaryFiles, type FileKind, type Signal } from './signals.js';

/** Collapsed padding at least this long is reported (file.padded): padding is how payloads are pushed past scanners. */
export const REPORT_PADDING_CHARS = 64 * 1024;

/** The shell analyzer's deobfuscation pass (quote splitting, assembled variables, printf/xxd) reads texts up to this length (src/inspect/analyzers/shell.ts). */
export const SHELL_DEOBFUSCATE_MAX_CHARS = 200_000;

export interface CoverageOptions {
  target: 'package' | 'skill';
  maxFileBytes: number;
  maxScanBytes?: number;
}

export interface CoverageContext {
  /** The package's package.json (packages only). */
  pkg?: Record<string, unknown>;
  /** Files the lifecycle scripts run (package-relative). */
  runsFiles: readonly string[];
  /** Lifecycle commands (an archive they name is unpacked by them). */
  scripts: ReadonlyArray<{ command: string }>;
  /** Local imports by file. */
  imports: ReadonlyMap<string, string[]>;
  fileSet: ReadonlySet<string>;
  /** Every signal so far (binaries that run are found here). */
  signals: readonly Signal[];
}

const gapSignal = (file: string, evidence: string): Signal => ({ id: 'file.uninspected-code', file, line: 1, evidence, kind: 'data' });

export class Coverage {
  /** Files not fully inspected, with why. */
  private readonly gaps = new Map<string, string>();
  /** Directories not listed (unreadable, or beyond the depth cap), with why. */
  private readonly dirGaps = new Map<string, string>();
  /** Where a walk cap stopped the walk: the target was not read in full, whatever runs. */
  private readonly walkCaps: Array<{ rel: string; why: string }> = [];
  private readonly testOnly = new Map<string, Signal[]>();
  private readonly archives = new Map<string, string>();
  /** Files over the whole-file cap: analysed (in chunks) only when they run. */
  private readonly overCap = new Map<string, { kind: FileKind; truncated: boolean }>();
  /** JavaScript bundles among the analysed files (bundles.ts): the rules read their modules apart. */
  readonly bundles = new Map<string, BundleShape>();
  /** SKILL.md's text as `load` read it (namedBySkill reads it again otherwise: the same file, the same caps). */
  private skillText: string | undefined;

  constructor(
    private readonly dir: string,
    private readonly options: CoverageOptions,
  ) {}

  /** The signal for an entry the walk could not list (file.unreadable) or stopped at (a cap). */
  notListed(f: PackageFile): Signal {
    if (f.capped !== undefined) {
      this.walkCaps.push({ rel: f.rel, why: f.capped });
      return gapSignal(f.rel, `${f.rel}: not read, ${f.capped}`);
    }
    const why = f.unreadable ?? 'could not be read';
    if (f.dir) this.dirGaps.set(f.rel, why);
    else this.gaps.set(f.rel, why);
    return { id: 'file.unreadable', file: f.rel, line: 1, evidence: `${f.rel === '.' ? 'the target directory' : f.rel}: ${why}`, kind: 'data' };
  }

  /** Read one file (bounded passes, padding collapsed); an unreadable file becomes its signal. */
  load(f: PackageFile): LoadedFile | Signal {
    try {
      // A text over the whole-file cap is not analysed here (finish reads it again if it runs): its first part is
      // enough for what reads it now (its kind, hidden text), and holding all of it cost OpenClaw's 50 MB bundles
      // ~150 MB of peak memory each.
      const loaded = loadFile(f.abs, {
        maxScanBytes: this.options.maxScanBytes ?? DEFAULT_MAX_SCAN_BYTES,
        keepChars: this.options.maxFileBytes + 1,
        wantText: (head) => wantsText(f.rel, head),
      });
      const archive = loaded.text === undefined ? archiveFormat(f.rel, loaded.head) : undefined;
      if (f.rel === 'SKILL.md' && loaded.text !== undefined && loaded.text.length === loaded.length) this.skillText = loaded.text;
      if (archive) this.archives.set(f.rel, archive);
      return loaded;
    } catch (err) {
      const why = `could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
      this.gaps.set(f.rel, why);
      return { id: 'file.unreadable', file: f.rel, line: 1, evidence: `${f.rel}: ${why}`, kind: 'data' };
    }
  }

  /** Analyse a loaded text file within the caps; records what was not fully inspected. */
  analyze(f: PackageFile, loaded: LoadedFile & { text: string }, sink: SignalSink): FileAnalysis {
    if (loaded.collapsed >= REPORT_PADDING_CHARS) sink.add('file.padded', 1, `${loaded.collapsed} characters of whitespace padding collapsed (${loaded.size} bytes on disk); the rest was analysed`);
    if (loaded.truncated || loaded.length > this.options.maxFileBytes) {
      // Over the whole-file cap: whether it runs decides (finish). Text rules over a huge bundle that nothing
      // loads would only add noise; one that runs is read in chunks there and blocks.
      const why = loaded.truncated
        ? `${loaded.size} bytes: more than ${loaded.length} characters after collapsing padding (the scan cap)`
        : `${loaded.length} characters after collapsing padding, over the ${this.options.maxFileBytes}-byte whole-file cap`;
      this.gaps.set(f.rel, why);
      this.overCap.set(f.rel, { kind: sink.kind, truncated: loaded.truncated });
      sink.add('file.too-large', 1, `${why}: not analysed (nothing that runs loads it)`);
      return { localImports: [] };
    }
    const r = analyzeFileBounded(f.rel, loaded.text, sink, { maxFileBytes: this.options.maxFileBytes, lineOf: (l) => loaded.lineOf(l) });
    this.noteBundle(f.rel, sink.kind, loaded.text, loaded.lineOf);
    // Caps inside the analyzers: a pass that did not run over the whole text.
    const n = loaded.text.length;
    let why: string | undefined;
    if (sink.kind === 'shell' && n > SHELL_DEOBFUSCATE_MAX_CHARS) why = `${n} characters: over the ${SHELL_DEOBFUSCATE_MAX_CHARS}-character cap of the shell deobfuscator (quote splitting, assembled variables), so it was read without it`;
    else if ((sink.kind === 'skill' || sink.kind === 'data') && n > MAX_DECODED_BYTES_PER_FILE && decodeBudgetSpent(loaded.text))
      why = `the ${MAX_DECODED_BYTES_PER_FILE}-byte decoding budget ran out: encoded text past it was not decoded`;
    if (why) {
      this.gaps.set(f.rel, why);
      sink.add('file.too-large', 1, why);
    }
    if (r.testOnly?.length) this.testOnly.set(f.rel, r.testOnly);
    return r;
  }

  /** After every file: the gaps that run (block), nested archives, and the signals of reachable test-looking files. */
  finish(ctx: CoverageContext): Signal[] {
    const out: Signal[] = [];
    for (const c of this.walkCaps) out.push(gapSignal(c.rel, `the walk stopped at ${c.rel} (${c.why}): what lies there may run`));
    const rootGap = this.dirGaps.get('.');
    if (rootGap) out.push(gapSignal('.', `the target directory itself: ${rootGap}; nothing in it was read`));

    // What runs, and why: the roots, then everything they import.
    const roots: Array<{ ref: string; why: string }> = [];
    if (this.options.target === 'package') {
      roots.push({ ref: 'package.json', why: 'npm reads it at install' });
      for (const p of ctx.runsFiles) roots.push({ ref: p, why: 'a lifecycle script runs it' });
      for (const e of entryPoints(ctx.pkg)) roots.push(e);
    } else {
      roots.push({ ref: 'SKILL.md', why: 'the agent reads it as instructions' });
      for (const ref of this.namedBySkill(ctx.fileSet)) roots.push({ ref, why: 'SKILL.md names it' });
    }
    const running = new Map<string, string>();
    const queue: Array<{ from: string; ref: string; why: string }> = roots.map((r) => ({ from: '', ...r }));
    for (let next = 0; next < queue.length; next++) {
      const { from, ref, why } = queue[next];
      const rel = resolveLocal(from, ref, ctx.fileSet);
      if (!rel) {
        // What runs may lie in a directory that could not be listed.
        const norm = path.posix.normalize(path.posix.join(from, ref.replace(/\\/g, '/'))).replace(/^\.\//, '');
        for (const [d, dwhy] of this.dirGaps) if (d !== '.' && (norm === d || norm.startsWith(`${d}/`))) out.push(gapSignal(d, `${norm} (${why}) lies in ${d}, which ${dwhy}`));
        continue;
      }
      if (running.has(rel)) continue;
      running.set(rel, why);
      for (const spec of ctx.imports.get(rel) ?? []) queue.push({ from: path.posix.dirname(rel), ref: spec, why: `${rel} imports it (${why})` });
    }

    for (const [rel, over] of this.overCap) {
      if (!running.has(rel)) continue;
      // It runs: text rules over every byte read, in chunks. It still blocks (it was not parsed as a whole),
      // unless it is JavaScript a whole-file analysis would not have parsed either (over 3 MiB, nothing hiding:
      // TypeScript's own 9 MB compiler): then the chunks gave it every pass a whole read would have.
      const note = ctx.signals.find((s) => s.file === rel && s.id === 'file.too-large');
      const read = over.truncated ? 'the first part (the rest was not read)' : 'every byte';
      if (note) note.evidence = `${this.gaps.get(rel)}: it runs; text rules ran over ${read} in chunks, not parsed as a whole`;
      this.gaps.set(rel, `${this.gaps.get(rel)}; text rules ran over ${read} in chunks, but it was not parsed as a whole`);
      try {
        const loaded = loadFile(path.join(this.dir, rel), { maxScanBytes: this.options.maxScanBytes, wantText: () => true });
        const sink = new SignalSink(rel, over.kind);
        const text = loaded.text ?? '';
        const r = analyzeFileBounded(rel, text, sink, { maxFileBytes: this.options.maxFileBytes, lineOf: (l) => loaded.lineOf(l) });
        out.push(...sink.signals, ...(r.testOnly ?? []));
        this.noteBundle(rel, over.kind, text, loaded.lineOf);
        if (over.kind === 'js' && !over.truncated && !wholeFileAnalysisParses(text)) {
          this.gaps.delete(rel);
          if (note) note.evidence = `${note.evidence.replace(/, not parsed as a whole$/, '')}, as a whole read would have (JavaScript over 3 MiB is not parsed, and this holds no code that hides itself)`;
        }
      } catch {
        /* vanished since: the gap below blocks */
      }
    }
    const binaries = binaryFiles(ctx.signals);
    for (const [rel, why] of running) {
      const gap = this.gaps.get(rel) ?? this.dirGaps.get(rel);
      if (gap) out.push(gapSignal(rel, `${rel} runs (${why}) but was not fully inspected: ${gap}`));
      else if (binaries.has(rel)) out.push(gapSignal(rel, `${rel} runs (${why}) but holds binary content that was not analysed`));
    }

    // Archives inside the target: reported; unpacked by what runs, they block (their contents are not inspected).
    if (this.archives.size) {
      const namedBy = firstNaming(
        [...this.archives.keys()].map((rel) => rel.slice(rel.lastIndexOf('/') + 1)),
        [...running.keys()].filter((r) => !this.archives.has(r)),
        (r) => this.textOf(r),
      );
      for (const [rel, format] of this.archives) {
        const base = rel.slice(rel.lastIndexOf('/') + 1);
        out.push({ id: 'file.archive', file: rel, line: 1, evidence: `${format} archive inside the ${this.options.target}: its contents were not inspected`, kind: 'binary' });
        const by = namedBy.get(base);
        const user = by !== undefined ? { rel: by } : ctx.scripts.some((s) => s.command.includes(base)) ? { rel: 'package.json' } : undefined;
        if (user) out.push(gapSignal(rel, `${format} archive ${rel} is named by ${user.rel}, which runs: its contents were not inspected`));
      }
    }

    // Test-looking files: their shell strings count when anything that runs reaches them.
    for (const [rel, list] of this.testOnly) if (running.has(rel)) out.push(...list);
    return out;
  }

  private noteBundle(rel: string, kind: FileKind, text: string, lineOf: (line: number) => number): void {
    const shape = kind === 'js' ? bundleShape(text, lineOf) : undefined;
    if (shape) this.bundles.set(rel, shape);
  }

  /** Files of the skill that its SKILL.md names (`scripts/run.sh`, `./tool.py`). */
  private namedBySkill(fileSet: ReadonlySet<string>): string[] {
    // Only other files of the skill are kept: a skill that is SKILL.md alone (most are) names none, unread.
    let others = false;
    for (const f of fileSet)
      if (f !== 'SKILL.md') {
        others = true;
        break;
      }
    if (!others) return [];
    // (an image the page shows, `![alt](assets/preview.png "title")`, is displayed, not run)
    const text = (this.skillText ?? this.textOf('SKILL.md')).replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ');
    const out = new Set<string>();
    for (const m of text.matchAll(/(?:\.\/)?([\w.@-]+(?:\/[\w.@-]+)*\.[\w]{1,8})\b/g)) if (fileSet.has(m[1]) && m[1] !== 'SKILL.md') out.add(m[1]);
    return [...out];
  }

  private textOf(rel: string): string {
    try {
      return loadFile(path.join(this.dir, rel), { maxScanBytes: this.options.maxScanBytes, wantText: () => true }).text ?? '';
    } catch {
      return '';
    }
  }
}

/** The last characters of a name that firstNaming searches for (then checks the whole name where they occur). */
const NAME_KEY_CHARS = 6;

/**
 * For each name, the first of `files` (in their order) whose text contains it: `files.find((f) => textOf(f).includes(name))`
 * for every name at once. Each text is searched once per distinct name ending (its last NAME_KEY_CHARS characters), each
 * occurrence checked against the names with that ending, rather than once per name (a package with 500 archives and
 * megabytes of running code searched it 500 times); texts are read only until every name has been found.
 */
function firstNaming(names: readonly string[], files: readonly string[], textOf: (rel: string) => string): Map<string, string> {
  const found = new Map<string, string>();
  const byKey = new Map<string, Set<string>>();
  for (const n of new Set(names)) {
    const key = n.slice(-NAME_KEY_CHARS);
    (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(n);
  }
  for (const rel of files) {
    if (byKey.size === 0) break;
    const text = textOf(rel);
    for (const [key, group] of byKey) {
      if (key.length === 0) {
        for (const n of group) found.set(n, rel);
        group.clear();
      }
      for (let at = text.indexOf(key); at !== -1 && group.size > 0; at = text.indexOf(key, at + 1)) {
        const end = at + key.length;
        for (const n of group)
          if (end >= n.length && text.startsWith(n, end - n.length)) {
            found.set(n, rel);
            group.delete(n);
          }
      }
      if (group.size === 0) byKey.delete(key);
    }
  }
  return found;
}

/** True when the per-file decoding budget would run out on this text (findEncodedBlobs stops there). */
function decodeBudgetSpent(text: string): boolean {
  const budget = { bytes: MAX_DECODED_BYTES_PER_FILE };
  findEncodedBlobs(text, budget);
  return budget.bytes <= 0;
}

/**
 * What loads the package's code: `openclaw.extensions` and `runtimeExtensions`, `main` (default index.js), `exports`,
 * `module`, the browser builds (`browserBuildsOf`), and `bin` (kind `bin`). The one list of the engine: coverage's
 * roots and the load-time closure (target.ts) both start from it.
 */
export function entryPoints(pkg: Record<string, unknown> | undefined): Array<{ ref: string; why: string; kind: 'load' | 'bin' }> {
  const out: Array<{ ref: string; why: string; kind: 'load' | 'bin' }> = [];
  if (!pkg) return [{ ref: 'index.js', why: 'the default entry point', kind: 'load' }];
  const oc = pkg.openclaw as { extensions?: unknown; runtimeExtensions?: unknown } | undefined;
  for (const list of [oc?.extensions, oc?.runtimeExtensions]) if (Array.isArray(list)) for (const e of list) if (typeof e === 'string') out.push({ ref: e, why: 'OpenClaw loads it (openclaw.extensions)', kind: 'load' });
  out.push({ ref: typeof pkg.main === 'string' ? pkg.main : 'index.js', why: 'the package entry point (main)', kind: 'load' });
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push({ ref: v, why: 'the package exports it', kind: 'load' });
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(pkg.exports);
  if (typeof pkg.module === 'string') out.push({ ref: pkg.module, why: 'bundlers load it (module)', kind: 'load' });
  for (const ref of browserBuildsOf(pkg)) out.push({ ref, why: 'bundlers and CDNs serve it to web pages (browser)', kind: 'load' });
  const bin = pkg.bin;
  if (typeof bin === 'string') out.push({ ref: bin, why: 'a bin command runs it', kind: 'bin' });
  else if (bin && typeof bin === 'object') for (const v of Object.values(bin)) if (typeof v === 'string') out.push({ ref: v, why: 'a bin command runs it', kind: 'bin' });
  return out;
}

/** The files a package declares as its build for web pages: `browser` (a path, or the values of its map), `unpkg`, `jsdelivr`. */
export function browserBuildsOf(pkg: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  for (const v of [pkg?.browser, pkg?.unpkg, pkg?.jsdelivr]) {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) if (typeof x === 'string') out.push(x);
  }
  return out;
}

/** A module specifier resolved among the package's files as Node resolves a relative one (no `node_modules`). */
export function resolveLocal(fromDir: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = path.posix.normalize(path.posix.join(fromDir, spec.replace(/\\/g, '/'))).replace(/^\.\//, '');
  if (base.startsWith('../')) return undefined;
  for (const c of [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, `${base}.ts`, `${base}.json`, `${base}/index.js`, `${base}/index.cjs`, `${base}/index.mjs`]) if (files.has(c)) return c;
  return sourceOfBuild(base, files);
}

/**
 * The TypeScript a missing build file is made from: a package that ships its sources but not the build its manifest
 * names (`dist/index.js`, with `src/index.ts` beside it) is read, and run, from those sources: they are what it is.
 * (Not `./auth.js` imported by TypeScript as `auth.ts`: the emulator's own loader resolves that when it runs; read
 * statically, it made a WeCom channel's token helper a library entry of its own, called with generic arguments.)
 */
export function sourceOfBuild(base: string, files: ReadonlySet<string>): string | undefined {
  const m = /^(.*?)\.([cm]?)js$/.exec(base);
  if (!m) return undefined;
  const ts = (p: string): string[] => [`${p}.${m[2]}ts`, `${p}.tsx`, `${p}.ts`];
  const built = /^(?:dist|lib|build|out)\/(?:(?:esm|cjs|src)\/)?(.+)$/.exec(m[1]);
  if (!built) return undefined;
  for (const c of [...ts(`src/${built[1]}`), ...ts(built[1])]) if (files.has(c)) return c;
  return undefined;
}
