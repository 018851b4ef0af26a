/**
 * Every file of a package or skill is read: no exclusion by extension or folder (payloads hide in dist/,
 * .json, .md and dotfiles precisely because scanners skip them). Binaries, files over the size cap, what
 * cannot be read and where a walk stops are reported as signals, never skipped silently; docs/reliability.md
 * ("Engine caps") lists every cap and what happens at it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { FileKind } from './signals.js';

/** Whole-file analysis (text rules and parsing) up to this size, measured after collapsing padding. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Text rules run in chunks over at most this much of one file (after collapsing padding); the rest is not read. */
export const DEFAULT_MAX_SCAN_BYTES = 32 * 1024 * 1024;
/** Entries (files, directories, links) one walk lists; the unpacker allows 20,000 per tarball. */
export const DEFAULT_MAX_ENTRIES = 50_000;
/** Directory depth one walk descends; the unpacker allows 64 path components. */
export const DEFAULT_MAX_DEPTH = 64;
/** Files larger than this are read as a stream with padding collapsed (the size where js.ts stops parsing freely). */
export const COLLAPSE_FROM_BYTES = 256 * 1024;
/** A whitespace run keeps this many characters per line (more than any "code after whitespace" check needs). */
export const KEEP_WHITESPACE_RUN = 256;
/** A run of blank lines keeps this many; the lines dropped are mapped back (LoadedFile.lineOf). */
export const KEEP_BLANK_LINES = 32;
/** Bytes read first from every file: executable and binary detection, shebangs. */
export const HEAD_BYTES = 64 * 1024;

export interface PackageFile {
  /** POSIX path relative to the package root ('.' for the root itself). */
  rel: string;
  abs: string;
  size: number;
  symlinkTarget?: string;
  /** Set when this entry could not be listed or stat'ed (a directory: nothing under it was read). */
  unreadable?: string;
  /** Set on a directory the walk did not enter, or where it stopped: which cap and its value. */
  capped?: string;
  /** The entry is a directory (listed only when unreadable or capped). */
  dir?: boolean;
}

export interface WalkOptions {
  excludeNodeModules?: boolean;
  maxEntries?: number;
  maxDepth?: number;
}

export function listFiles(root: string, options: WalkOptions = {}): PackageFile[] {
  const out: PackageFile[] = [];
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let entriesSeen = 0;
  let stopped = false;
  const walk = (dir: string, rel: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      // Never silent: an unlisted directory may hold what runs.
      out.push({ rel: rel || '.', abs: dir, size: 0, dir: true, unreadable: `directory could not be listed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (stopped) return;
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (options.excludeNodeModules && e.name === 'node_modules' && rel === '' && e.isDirectory()) continue;
      if (++entriesSeen > maxEntries) {
        stopped = true;
        out.push({ rel: r, abs, size: 0, capped: `entry cap (${maxEntries} entries): the walk stopped here; this entry and everything after it in name order was not read` });
        return;
      }
      if (e.isSymbolicLink()) {
        let target = '';
        try {
          target = fs.readlinkSync(abs);
        } catch {
          /* unreadable link: still reported */
        }
        out.push({ rel: r, abs, size: 0, symlinkTarget: target });
      } else if (e.isDirectory()) {
        if (depth + 1 >= maxDepth) out.push({ rel: r, abs, size: 0, dir: true, capped: `depth cap (${maxDepth} levels): nothing under this directory was read` });
        else walk(abs, r, depth + 1);
      } else if (e.isFile()) {
        let size = 0;
        try {
          size = fs.statSync(abs).size;
        } catch (err) {
          out.push({ rel: r, abs, size: 0, unreadable: `could not be stat'ed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
          continue;
        }
        out.push({ rel: r, abs, size });
      }
    }
  };
  walk(root, '', 0);
  return out;
}

/** One file as the analyzers get it. */
export interface LoadedFile {
  hash: string;
  /** Bytes read (the whole file). */
  size: number;
  /** The first HEAD_BYTES bytes. */
  head: Buffer;
  /** The text (absent for binaries): the whole file, or for large files the text after collapsing padding; only its first `keepChars` characters when the read was asked to keep no more (`length` says how long it is). */
  text?: string;
  /** Characters of the text after collapsing padding, up to the scan cap: `text.length` unless the read kept less. */
  length: number;
  /** Characters of padding removed (whitespace runs beyond KEEP_WHITESPACE_RUN, blank lines beyond KEEP_BLANK_LINES). */
  collapsed: number;
  /** The collapsed text exceeded the scan cap: `text` holds only the first maxScanBytes characters. */
  truncated: boolean;
  /** Line in `text` → line in the file (identity unless blank lines were dropped). */
  lineOf(line: number): number;
}

/**
 * Read one file in bounded passes: small files whole; larger ones as a 1 MiB stream that hashes every byte
 * and collapses padding (long whitespace runs, long runs of blank lines) so a padded file is analysed as its
 * real content. `wantText(head)` decides from the first bytes whether the text is needed at all (binaries are
 * only hashed). `keepChars` bounds the text held: the rest is still decoded and collapsed to count its length (and
 * the scan cap) but not kept, so a 50 MB bundle the caller will not analyse as a whole is never held whole.
 * Throws when the file cannot be read.
 */
export function loadFile(abs: string, options: { maxScanBytes?: number; keepChars?: number; wantText(head: Buffer): boolean }): LoadedFile {
  const maxScan = options.maxScanBytes ?? DEFAULT_MAX_SCAN_BYTES;
  const fd = fs.openSync(abs, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size <= COLLAPSE_FROM_BYTES) {
      const buf = fs.readFileSync(fd);
      const head = buf.subarray(0, HEAD_BYTES);
      const text = options.wantText(head) ? buf.toString('utf8') : undefined;
      return { hash: sha256(buf), size: buf.length, head, text, length: text?.length ?? 0, collapsed: 0, truncated: false, lineOf: (l) => l };
    }
    const h = createHash('sha256');
    const chunk = Buffer.alloc(1 << 20);
    let head: Buffer | undefined;
    let collapser: Collapser | undefined;
    const decoder = new StringDecoder('utf8');
    let total = 0;
    let n: number;
    while ((n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) {
      const piece = chunk.subarray(0, n);
      h.update(piece);
      total += n;
      if (!head) {
        head = Buffer.from(piece.subarray(0, HEAD_BYTES));
        if (options.wantText(head)) collapser = new Collapser(maxScan, options.keepChars ?? maxScan);
      }
      if (collapser && !collapser.full) collapser.push(decoder.write(piece));
    }
    if (collapser && !collapser.full) collapser.push(decoder.end());
    head ??= Buffer.alloc(0);
    if (!collapser) return { hash: h.digest('hex'), size: total, head, length: 0, collapsed: 0, truncated: false, lineOf: (l) => l };
    const c = collapser;
    return { hash: h.digest('hex'), size: total, head, text: c.text(), length: c.length, collapsed: c.removed, truncated: c.full, lineOf: (l) => c.lineOf(l) };
  } finally {
    fs.closeSync(fd);
  }
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Does the engine read this file as text? Executables never; other binaries only when their name says code
 * (a .js holding NUL bytes is still analysed). Decided from the first bytes (LoadedFile.head).
 */
export function wantsText(rel: string, head: Buffer): boolean {
  return !executableFormat(head.subarray(0, 4096)) && (!isBinary(head) || isCodeByName(rel));
}

/**
 * Characters of a package's text a PackageTexts holds from the engine's own read, in file order. A package
 * whose texts all fit (nearly every package) is held whole, exactly as read; a larger one keeps its first
 * files (what the emulator indexes first) and reads the rest again when asked.
 */
export const PACKAGE_TEXTS_KEEP_CHARS = 8 * 1024 * 1024;
/** Characters of texts read again that a PackageTexts keeps (least recently used out first). */
export const PACKAGE_TEXTS_CACHE_CHARS = 8 * 1024 * 1024;

/** What crosses a thread boundary for a PackageTexts: the paths and the texts it holds, not the ones on disk. */
/**
 * A binary file the emulator gets as bytes: this mark, then the bytes in base64 (strings cross into the sandbox
 * NUL-terminated). Code that reads its package's image, font or data file reads what is there (a payload packed
 * into a PNG chunk); a WebAssembly module's code never runs, the sandbox parses it for its data segments and
 * globals (a payload packed into a module's memory). Larger files are assets or compiled libraries, not payload
 * containers, and stay empty files there.
 */
export const BYTES_MARK = '\ufffebase64\ufffe';
const MAX_EMULATED_BINARY_BYTES = 2 * 1024 * 1024;

/** A package's binary file as the emulator's file text (BYTES_MARK + base64), when small enough. */
export function bytesText(abs: string, size: number): string | undefined {
  if (size > MAX_EMULATED_BINARY_BYTES) return undefined;
  return BYTES_MARK + fs.readFileSync(abs).toString('base64');
}

export interface PackageTextsSource {
  packageTexts: { dir: string; rels: string[]; binaries: string[]; unread: string[]; maxScanBytes?: number; kept: Array<[string, string]>; complete: boolean };
}

/**
 * A package's text files by package-relative path, as a read-only Map (has/get/keys/iteration/size). The
 * engine hands every text it reads to `add` and keeps none of them itself: up to PACKAGE_TEXTS_KEEP_CHARS
 * are held here, the rest is read again from disk when asked for (loadFile: the same bounded read and the
 * same collapsed padding, so the text is the one the analyzers saw). OpenClaw's own package holds 228 M
 * characters of text (~390 MiB as strings), which the engine once held whole, and the emulator (src/emulate,
 * which may read any file of the package) received a copy of. A thread is handed `source()` and opens its
 * own with `PackageTexts.open` (postMessage would copy a Map whole).
 */
export class PackageTexts extends Map<string, string> {
  private readonly rels = new Set<string>();
  /** Binary files: read (as BYTES_MARK + base64) only when the emulated code reads them. */
  private readonly binaries = new Set<string>();
  private readonly kept = new Map<string, string>();
  private keptChars = 0;
  /** Texts the engine did not hold whole: read from disk when asked for, whether or not the others are all held. */
  private readonly unread = new Set<string>();
  /** Every text added is held (none is read again). */
  private complete = true;
  private readonly recent = new Map<string, string>();
  private recentChars = 0;

  constructor(
    private readonly dir: string,
    private readonly maxScanBytes?: number,
  ) {
    super();
  }

  /**
   * A file of the package and the text the engine read (held while they fit, in file order). `whole` false: the
   * engine kept only the text's first part (a file over the whole-file cap); it is read again when asked for.
   */
  add(rel: string, text: string, whole = true): void {
    this.rels.add(rel);
    if (!whole) this.unread.add(rel);
    else if (this.complete && this.keptChars + text.length <= PACKAGE_TEXTS_KEEP_CHARS) {
      this.kept.set(rel, text);
      this.keptChars += text.length;
    } else this.complete = false;
  }

  /**
   * A program the package runs that is no file of it (a lifecycle command's `node -e` code): always held, as nothing
   * on disk could be read again for it.
   */
  addProgram(rel: string, text: string): void {
    this.rels.add(rel);
    this.kept.set(rel, text);
    this.keptChars += text.length;
  }

  /** A binary file of the package: not read now; its bytes when asked for (`bytesText`), else an empty file. */
  addBinary(rel: string): void {
    this.rels.add(rel);
    this.binaries.add(rel);
  }

  static isSource(value: unknown): value is PackageTextsSource {
    return !!value && typeof value === 'object' && !(value instanceof Map) && typeof (value as PackageTextsSource).packageTexts?.dir === 'string';
  }

  static open(source: PackageTextsSource): PackageTexts {
    const { dir, rels, binaries, unread, maxScanBytes, kept, complete } = source.packageTexts;
    const texts = new PackageTexts(dir, maxScanBytes);
    for (const rel of rels) texts.rels.add(rel);
    for (const rel of binaries) texts.binaries.add(rel);
    for (const rel of unread) texts.unread.add(rel);
    for (const [rel, text] of kept) texts.kept.set(rel, text);
    texts.keptChars = kept.reduce((n, [, text]) => n + text.length, 0);
    texts.complete = complete;
    return texts;
  }

  source(): PackageTextsSource {
    return { packageTexts: { dir: this.dir, rels: [...this.rels], binaries: [...this.binaries], unread: [...this.unread], ...(this.maxScanBytes !== undefined ? { maxScanBytes: this.maxScanBytes } : {}), kept: [...this.kept], complete: this.complete } };
  }

  override get size(): number {
    return this.rels.size;
  }

  override has(rel: string): boolean {
    return this.rels.has(rel);
  }

  override get(rel: string): string | undefined {
    if (!this.rels.has(rel)) return undefined;
    const held = this.kept.get(rel);
    if (held !== undefined || (this.complete && !this.binaries.has(rel) && !this.unread.has(rel))) return held;
    const hit = this.recent.get(rel);
    if (hit !== undefined) {
      this.recent.delete(rel);
      this.recent.set(rel, hit);
      return hit;
    }
    let text: string | undefined;
    try {
      const abs = path.join(this.dir, rel);
      if (this.binaries.has(rel)) text = bytesText(abs, fs.statSync(abs).size) ?? '';
      else text = loadFile(abs, { maxScanBytes: this.maxScanBytes, wantText: (head) => wantsText(rel, head) }).text;
    } catch {
      return undefined; // gone or unreadable since the engine read it
    }
    if (text === undefined) return undefined;
    this.recent.set(rel, text);
    this.recentChars += text.length;
    for (const [k, v] of this.recent) {
      if (this.recentChars <= PACKAGE_TEXTS_CACHE_CHARS || k === rel) break;
      this.recent.delete(k);
      this.recentChars -= v.length;
    }
    return text;
  }

  override keys(): MapIterator<string> {
    return this.rels.keys();
  }

  /** The package's texts (its binary files are files, `get` answers them, but not texts: not listed here). */
  override *entries(): MapIterator<[string, string]> {
    for (const rel of this.rels) {
      if (this.binaries.has(rel)) continue;
      const text = this.get(rel);
      if (text !== undefined) yield [rel, text];
    }
  }

  override *values(): MapIterator<string> {
    for (const [, text] of this.entries()) yield text;
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  override set(): this {
    throw new TypeError('PackageTexts is read-only');
  }

  override delete(): boolean {
    throw new TypeError('PackageTexts is read-only');
  }

  override clear(): void {
    throw new TypeError('PackageTexts is read-only');
  }
}

/** Whitespace a padding run is made of (JS, shell and Markdown all treat these as blank). */
function isPad(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const PAD_CLASS = '[ \\t\\r\\v\\f\\u00a0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
/** A piece that may hold something to collapse (conservative: the exact loop decides). */
const MAY_COLLAPSE = new RegExp(`${PAD_CLASS}{${KEEP_WHITESPACE_RUN - 16}}|(?:\\n${PAD_CLASS}*){${KEEP_BLANK_LINES - 2}}`);

/** Streaming padding collapser with a line map; stops collecting at `max` characters. */
class Collapser {
  private readonly parts: string[] = [];
  /** Characters of collapsed text so far (up to max); the first `keep` of them are held. */
  length = 0;
  private kept = 0;
  full = false;
  removed = 0;
  private run = 0;
  private blank = 0;
  private dropped = false;
  private outLine = 1;
  private inLine = 1;
  /** Pairs (output line, input line) where the mapping changes. */
  private readonly map: number[] = [1, 1];
  constructor(
    private readonly max: number,
    private readonly keep: number,
  ) {}

  push(s: string): void {
    // Fast path: nothing in this piece can be dropped (no long whitespace run, no long run of blank lines, and
    // no run carried in from the previous piece): take it whole and set the counters from its tail.
    if (this.run === 0 && this.blank === 0 && !MAY_COLLAPSE.test(s)) {
      this.emit(s);
      let nl = 0;
      for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) nl++;
      this.inLine += nl;
      this.outLine += nl;
      let i = s.length - 1;
      for (; i >= 0 && (s.charCodeAt(i) === 10 || isPad(s.charCodeAt(i))); i--) {
        if (s.charCodeAt(i) === 10) this.blank++;
        else if (this.blank === 0) this.run++;
      }
      return;
    }
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        this.inLine++;
        if (++this.blank > KEEP_BLANK_LINES) {
          if (i > start) this.emit(s.slice(start, i));
          start = i + 1;
          this.removed++;
          this.dropped = true;
          continue;
        }
        this.outLine++;
        this.run = 0;
      } else if (isPad(c)) {
        if (++this.run > KEEP_WHITESPACE_RUN) {
          if (i > start) this.emit(s.slice(start, i));
          start = i + 1;
          this.removed++;
        }
      } else {
        if (this.dropped) {
          this.map.push(this.outLine, this.inLine);
          this.dropped = false;
        }
        this.run = 0;
        this.blank = 0;
      }
      if (this.full) return;
    }
    if (start < s.length) this.emit(s.slice(start));
  }

  private emit(s: string): void {
    if (this.full) return;
    const room = this.max - this.length;
    const take = Math.min(s.length, room);
    const hold = Math.min(take, this.keep - this.kept);
    if (hold > 0) {
      this.parts.push(hold === s.length ? s : s.slice(0, hold));
      this.kept += hold;
    }
    this.length += take;
    if (s.length > room) this.full = true;
  }

  /** The collapsed text; the pieces go (the line map, which outlives this, must not hold the text twice). */
  text(): string {
    const text = this.parts.join('');
    this.parts.length = 0;
    this.parts.push(text);
    return text;
  }

  lineOf(line: number): number {
    let lo = 0;
    let hi = this.map.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.map[mid * 2] <= line) lo = mid;
      else hi = mid - 1;
    }
    return this.map[lo * 2 + 1] + (line - this.map[lo * 2]);
  }
}

/** Archives nested in a package or skill: their contents are not inspected here. */
export function archiveFormat(rel: string, head: Buffer): string | undefined {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return /\.(docx|xlsx|pptx|odt|ods|epub)$/i.test(rel) ? undefined : 'zip';
  if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))) return '7z';
  if (head.length >= 4 && head.subarray(0, 4).toString('latin1') === 'Rar!') return 'rar';
  if (head.length >= 3 && head.subarray(0, 3).toString('latin1') === 'BZh') return 'bzip2';
  if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz';
  if (head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
  return undefined;
}

/** Kinds that are code or instructions by their name: analysed as text even when they hold NUL bytes. */
export function isCodeByName(rel: string): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  return JS_EXT.test(base) || SHELL_EXT.test(base) || SCRIPT_EXT.test(base) || /\.(md|markdown|mdx|json)$/i.test(base);
}

export type ExecutableFormat = 'ELF' | 'PE' | 'Mach-O';

/**
 * A WebAssembly binary module (magic `\0asm`, version 1). Unlike a native addon it has no access of its own:
 * it reaches files, network and processes only through the functions its JavaScript loader imports into it,
 * and that loader is inspected as code.
 */
export function isWasmModule(head: Buffer): boolean {
  return head.length >= 8 && head.readUInt32BE(0) === 0x0061736d && head.readUInt32LE(4) === 1;
}

export function executableFormat(head: Buffer): ExecutableFormat | undefined {
  if (head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46) return 'ELF';
  if (head.length >= 64 && head[0] === 0x4d && head[1] === 0x5a) {
    const peOffset = head.readUInt32LE(0x3c);
    if (peOffset + 4 <= head.length && head.readUInt32BE(peOffset) === 0x50450000) return 'PE';
    if (peOffset + 4 > head.length) return 'PE';
  }
  if (head.length >= 8) {
    const magic = head.readUInt32BE(0);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return 'Mach-O';
    // Universal binaries share 0xcafebabe with Java class files; the arch count tells them apart.
    if (magic === 0xcafebabe && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 20) return 'Mach-O';
  }
  return undefined;
}

export function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

const JS_EXT = /\.(c|m)?jsx?$|\.(c|m)?tsx?$/i;
const TYPES_EXT = /\.d\.(c|m)?ts$/i;
/**
 * A template of a script (`startup.py.tmpl`, `hook.sh.in`, `profile.ps1.j2`): code a program fills in and writes where it
 * runs, read as the script it becomes.
 */
export const TEMPLATE_SUFFIX = /\.(?:tmpl|template|tpl|in|j2|jinja2?)$/i;
const SHELL_EXT = /\.(sh|bash|zsh|ksh|command|ps1|psm1|psd1|bat|cmd|vbs)$/i;
const SCRIPT_EXT = /\.(py|pyw|rb|pl|pm|php|lua|applescript|scpt)$/i;
const DOC_EXT = /\.(md|markdown|mdx|txt|rst|adoc|map)$|(^|\/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS|CHANGELOG|README|HISTORY)(\.[\w-]+)?$/i;

export function fileKindOf(rel: string, text: string, target: 'package' | 'skill', isRootManifest: boolean): FileKind {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (isRootManifest) return 'manifest';
  if (/(^|\.)skill\.md$/i.test(base)) return 'skill';
  if (target === 'skill' && /\.(md|markdown|mdx)$/i.test(base)) return 'skill';
  if (TYPES_EXT.test(base)) return 'types';
  if (JS_EXT.test(base)) return 'js';
  const code = base.replace(TEMPLATE_SUFFIX, '');
  if (SHELL_EXT.test(code)) return 'shell';
  if (SCRIPT_EXT.test(code)) return 'script';
  if (DOC_EXT.test(rel)) return 'doc';
  if (text.startsWith('#!')) {
    const shebang = text.slice(0, text.indexOf('\n') >>> 0 || 100);
    if (/\b(node|bun|deno|tsx|ts-node)\b/.test(shebang)) return 'js';
    if (/\b(python|ruby|perl|php)/.test(shebang)) return 'script';
    return 'shell';
  }
  return 'data';
}
