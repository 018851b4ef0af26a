/**
 * Hardened extraction of an npm package tarball into an empty staging directory.
 *
 * node-tar parses (its Parser, fed already-decompressed bytes so every byte is counted here); clawguard
 * writes. Only regular files and directories are ever created, each file with O_CREAT|O_EXCL|O_NOFOLLOW,
 * so no entry can write through a link, replace an earlier file, or land outside `destDir`.
 *
 * Exit classes, consistently:
 *   - a hostile or over-limit archive is refused by policy (exit 1, codes ETAR_*): its bytes are intact,
 *     they describe something clawguard will not put on disk;
 *   - an unreadable archive (bad gzip, truncated, checksum failure, not a tar) is an operational failure
 *     (exit 3, ETAR_CORRUPT): retrying or re-downloading is the answer;
 *   - a filesystem failure while writing is operational too (exit 3, EUNPACK_WRITE).
 * Things neutralised but allowed (link entries skipped, modes forced) come back as `events`.
 * On any failure, whatever was written is removed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { ClawguardError, operationalError, policyError } from '../core/errors.js';
import { checkEntryPath, collisionKey, type PathRefusal } from './entry-path.js';
import type { UnpackEvent } from './events.js';
import { resolveLimits, type UnpackLimits } from './limits.js';
import { recordUstarNames, ustarNameOf } from './ustar-name.js';

export { DEFAULT_UNPACK_LIMITS, type UnpackLimits } from './limits.js';
export type { UnpackEvent, UnpackEventKind } from './events.js';

export interface UnpackResult {
  destDir: string;
  /** The archive's root folder that was stripped (`package` for every npm-packed tarball). */
  root: string;
  files: number;
  directories: number;
  /** Bytes of regular files written. */
  bytes: number;
  /** Entries read from the archive, ignored ones included. */
  entries: number;
  events: UnpackEvent[];
}

const GZIP_MAGIC = [0x1f, 0x8b];
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const DIR_TYPES = new Set(['Directory', 'GNUDumpDir']);
const LINK_TYPES = new Set(['SymbolicLink', 'Link']);
const SPECIAL_TYPES = new Set(['CharacterDevice', 'BlockDevice', 'FIFO']);
/** tar header + padding per entry, plus PAX/long-name records: decompressed bytes that are not file content. */
const PER_ENTRY_OVERHEAD = 3 * 512;
const META_OVERHEAD = 4 * 1024 * 1024;
const WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);

const REFUSAL_CODE: Record<PathRefusal, string> = {
  'absolute-path': 'ETAR_ABSOLUTE_PATH',
  'path-traversal': 'ETAR_PATH_TRAVERSAL',
  'backslash-in-path': 'ETAR_BACKSLASH_PATH',
  'nul-in-path': 'ETAR_NUL_PATH',
  'outside-package-root': 'ETAR_OUTSIDE_ROOT',
  'path-too-long': 'ETAR_PATH_TOO_LONG',
  'path-too-deep': 'ETAR_PATH_TOO_DEEP',
  'segment-too-long': 'ETAR_PATH_TOO_LONG',
};

class Refusal extends Error {
  constructor(readonly error: ClawguardError) {
    super(error.message);
  }
}

/**
 * Unpack `source` (tarball bytes, or a path to a .tgz/.tar file) into `destDir`, which must be missing or
 * empty. The archive's first path component (`package/`) is stripped, as npm does.
 */
export async function unpackHardened(source: Buffer | string, destDir: string, limitOverrides: Partial<UnpackLimits> = {}): Promise<UnpackResult> {
  const limits = resolveLimits(limitOverrides);
  const dest = prepareDest(destDir);
  recordUstarNames();
  const state = new ExtractionState(dest.path, limits);
  try {
    await feed(source, state);
    return state.result();
  } catch (err) {
    state.closeOpenFile();
    dest.undo();
    if (err instanceof Refusal) throw err.error;
    if (err instanceof ClawguardError) throw err;
    throw corrupt(err);
  }
}

function prepareDest(destDir: string): { path: string; undo(): void } {
  const abs = path.resolve(destDir);
  const existed = fs.existsSync(abs);
  try {
    if (existed) {
      if (!fs.lstatSync(abs).isDirectory() || fs.readdirSync(abs).length > 0)
        throw operationalError('EUNPACK_DEST', `unpack destination ${abs} is not an empty directory`, {
          hint: 'unpack into a fresh staging directory',
        });
    } else fs.mkdirSync(abs, { recursive: true, mode: 0o700 });
  } catch (err) {
    if (err instanceof ClawguardError) throw err;
    throw operationalError('EUNPACK_WRITE', `cannot create ${abs}: ${(err as Error).message}`, { hint: 'check free space and permissions', cause: err });
  }
  const real = fs.realpathSync(abs);
  return {
    path: real,
    undo() {
      if (!existed) fs.rmSync(real, { recursive: true, force: true });
      else for (const name of fs.readdirSync(real)) fs.rmSync(path.join(real, name), { recursive: true, force: true });
    },
  };
}

function corrupt(err: unknown): ClawguardError {
  const message = err instanceof Error ? err.message : String(err);
  return operationalError('ETAR_CORRUPT', `the package tarball is truncated or corrupt: ${message}`, {
    hint: 'nothing was installed; download it again (for a registry package, retry the command)',
    cause: err,
  });
}

async function feed(source: Buffer | string, state: ExtractionState): Promise<void> {
  const head = typeof source === 'string' ? readHead(source) : source.subarray(0, 2);
  const gzipped = head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  // 1 MiB pieces in and out of zlib (not its 16 KiB default): each piece is a round trip to the thread pool
  // and through this loop, and a 3 MiB plugin tarball inflates to ~16 MiB (~1000 trips). Measured on the
  // 2-core VM: inflating @openclaw/nostr's tarball 134-230 ms in 16 KiB pieces, 70-117 ms in 1 MiB pieces.
  // The decompressed-size bound is still checked on every piece (one piece late at most).
  const raw = typeof source === 'string' ? fs.createReadStream(source, { highWaterMark: CHUNK }) : Readable.from(chunksOf(source));
  let stream: NodeJS.ReadableStream = raw;
  if (gzipped) {
    const gunzip = zlib.createGunzip({ chunkSize: CHUNK });
    raw.on('error', (err: Error) => gunzip.destroy(err));
    stream = raw.pipe(gunzip);
  }
  let sawEof = false;
  let parseError: unknown;
  const parser = new Parser({
    strict: true,
    // Only the bytes clawguard already decompressed and counted: a second layer of compression inside
    // would be inflated by the parser, unmetered.
    brotli: false,
    zstd: false,
    maxMetaEntrySize: 1024 * 1024,
    onReadEntry: (entry: ReadEntry) => state.onEntry(entry),
  } as ConstructorParameters<typeof Parser>[0]);
  parser.on('ignoredEntry', (entry: ReadEntry) => state.onIgnored(entry));
  parser.on('eof', () => (sawEof = true));
  parser.on('error', (err: unknown) => (parseError ??= err));
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first && chunk.length >= 2) {
        first = false;
        if (chunk[0] === GZIP_MAGIC[0] && chunk[1] === GZIP_MAGIC[1])
          throw new Refusal(policyError('ETAR_NESTED_COMPRESSION', 'the package tarball is compressed twice', {
            hint: 'npm tarballs are gzip-compressed once; this archive was crafted to evade size limits and is refused',
          }));
      }
      state.countDecompressed(chunk.length);
      parser.write(chunk);
      state.throwIfFailed();
      if (parseError) throw parseError;
    }
  } finally {
    if (typeof (stream as Readable).destroy === 'function') (stream as Readable).destroy();
    raw.destroy();
  }
  parser.end();
  state.throwIfFailed();
  if (parseError) throw parseError;
  // A gzip stream carries its own length and CRC; a bare tar is only known complete by its end-of-archive blocks.
  if (!gzipped && !sawEof) throw new Error('the archive ends without the end-of-archive marker');
  state.finish();
}

function readHead(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw operationalError('EUNPACK_READ', `cannot read the tarball ${file}: ${(err as Error).message}`, {
      hint: 'check that the file exists and is readable',
      cause: err,
    });
  }
  try {
    const buf = Buffer.alloc(2);
    const n = fs.readSync(fd, buf, 0, 2, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

const CHUNK = 1024 * 1024;

function* chunksOf(buf: Buffer, size = CHUNK): Generator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

interface Occupant {
  kind: 'file' | 'dir';
  rel: string;
}

class ExtractionState {
  private root: string | undefined;
  private readonly occupied = new Map<string, Occupant>();
  private readonly events: UnpackEvent[] = [];
  private entries = 0;
  private files = 0;
  private directories = 0;
  private bytes = 0;
  private decompressed = 0;
  private failure: Refusal | ClawguardError | undefined;
  private openFd: number | undefined;
  private readonly worldWritable: string[] = [];

  constructor(
    private readonly dest: string,
    private readonly limits: UnpackLimits,
  ) {}

  result(): UnpackResult {
    return { destDir: this.dest, root: this.root ?? 'package', files: this.files, directories: this.directories, bytes: this.bytes, entries: this.entries, events: this.events };
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  closeOpenFile(): void {
    if (this.openFd !== undefined) fs.closeSync(this.openFd);
    this.openFd = undefined;
  }

  /** Gzip bombs: bound what decompression produces, whatever the headers claim. */
  countDecompressed(n: number): void {
    this.decompressed += n;
    const allowed = this.limits.maxUnpackedBytes + this.limits.maxEntries * PER_ENTRY_OVERHEAD + META_OVERHEAD;
    if (this.decompressed > allowed)
      this.fail(
        policyError('ETAR_TOO_LARGE', `refused the package tarball: it decompresses to more than ${allowed} bytes (limit ${this.limits.maxUnpackedBytes} bytes of files)`, {
          hint: 'nothing was installed; if the package is genuine and this large, raise the limit with --max-unpacked-size',
          detail: { limit: this.limits.maxUnpackedBytes },
        }),
      );
  }

  finish(): void {
    if (this.entries === 0) throw new Error('the archive holds no entries');
    if (this.worldWritable.length > 0)
      this.events.push({
        kind: 'mode-world-writable',
        entry: this.worldWritable[0],
        detail: `${this.worldWritable.length} entr${this.worldWritable.length === 1 ? 'y was' : 'ies were'} world-writable (written 644/755): ${this.worldWritable.slice(0, 3).join(', ')}${this.worldWritable.length > 3 ? ', …' : ''}`,
      });
    if (this.root !== undefined && this.root !== 'package')
      this.events.push({ kind: 'nonstandard-root', entry: `${this.root}/`, detail: `root folder "${this.root}/" instead of "package/" (stripped, as npm does)` });
  }

  onIgnored(entry: ReadEntry): void {
    // Meta entries (PAX, GNU long names) are part of the next entry; anything else node-tar skipped is an
    // entry type tar tools disagree about: not extracted, reported.
    if (entry.meta) return;
    if (!this.countEntry(entry)) return;
    this.events.push({ kind: 'unsupported-entry-ignored', entry: entry.path, detail: `entry type ${String(entry.type)} skipped` });
  }

  onEntry(entry: ReadEntry): void {
    try {
      if (!this.failure) this.handle(entry);
    } catch (err) {
      this.fail(err instanceof ClawguardError || err instanceof Refusal ? err : operationalError('EUNPACK_WRITE', `cannot write ${entry.path}: ${(err as Error).message}`, { hint: 'check free space and permissions', cause: err }));
    } finally {
      // After the body listeners are attached (resuming first would drop buffered data); drains skipped entries.
      entry.resume();
    }
  }

  private fail(err: Refusal | ClawguardError): void {
    this.failure ??= err;
  }

  private refuse(code: string, message: string, entry: string, hint = 'nothing was installed; do not install this package'): never {
    throw new Refusal(policyError(code, `refused a hostile package tarball: ${message}`, { hint, detail: { entry } }));
  }

  /** Over a size limit: a bomb, or a genuinely huge package; the message says which flag raises the limit. */
  private overLimit(code: string, message: string, entry: string, limit: number): never {
    throw new Refusal(
      policyError(code, `refused the package tarball: ${message}`, {
        hint: 'nothing was installed; if the package is genuine and this large, raise the limit with --max-unpacked-size',
        detail: { entry, limit },
      }),
    );
  }

  private countEntry(entry: ReadEntry): boolean {
    this.entries++;
    // Millions of tiny entries cost inodes and time long before any size limit is reached.
    if (this.entries > this.limits.maxEntries) {
      this.fail(
        new Refusal(
          policyError('ETAR_TOO_MANY_ENTRIES', `refused the package tarball: it has more than ${this.limits.maxEntries} entries`, {
            hint: 'nothing was installed; if the package is genuine and this large, raise the limit with --max-entries',
            detail: { entry: entry.path, limit: this.limits.maxEntries },
          }),
        ),
      );
      return false;
    }
    return true;
  }

  private handle(entry: ReadEntry): void {
    if (!this.countEntry(entry)) return;
    const name = entry.path;
    this.checkHeaderNames(entry);
    const checked = checkEntryPath(name, this.root, this.limits);
    if (!checked.ok) this.refuse(REFUSAL_CODE[checked.refusal], `${checked.detail} (${JSON.stringify(name)})`, name);
    this.root ??= checked.root;

    const type = String(entry.type);
    // npm skips link entries; so does clawguard: a link created now is a door a later entry (or the
    // package's own code) writes through to reach files outside the package.
    if (LINK_TYPES.has(type)) {
      this.events.push({ kind: 'link-ignored', entry: name, detail: `${type === 'Link' ? 'hardlink' : 'symlink'} to ${JSON.stringify(entry.linkpath ?? '')} not extracted` });
      return;
    }
    // Device nodes and FIFOs give raw access to hardware or block whoever opens them; npm never packs them.
    if (SPECIAL_TYPES.has(type)) {
      this.events.push({ kind: 'special-file-ignored', entry: name, detail: `${type} entry not extracted` });
      return;
    }
    if (!FILE_TYPES.has(type) && !DIR_TYPES.has(type)) {
      this.events.push({ kind: 'unsupported-entry-ignored', entry: name, detail: `entry type ${type} skipped` });
      return;
    }
    this.noteMode(entry, name);
    if (DIR_TYPES.has(type)) {
      if (checked.rel !== '') this.ensureDir(checked.rel, name);
      return;
    }
    if (checked.rel === '') this.refuse('ETAR_OUTSIDE_ROOT', `file entry ${JSON.stringify(name)} lies outside any package folder`, name);
    this.writeFile(entry, checked.rel, name);
  }

  /**
   * PAX and GNU long-name records replace the header's own name. A writer uses them for names that do
   * not fit (the header then holds a truncated copy); a name that is not a truncation of the real one
   * exists to show one file to tools that ignore PAX and install another.
   */
  private checkHeaderNames(entry: ReadEntry): void {
    // A multi-byte character cut by the 100-byte field decodes as U+FFFD; a leading `./` is spelling only.
    const ustar = ustarNameOf(entry.header)?.replace(/\uFFFD+$/, '').replace(/^(\.\/)+/, '');
    const full = entry.path.replace(/^(\.\/)+/, '');
    if (ustar === undefined || ustar === '' || ustar === full) return;
    // Writers truncate only names that do not fit: the header's copy then fills the 100-byte field.
    if (full.startsWith(ustar) && Buffer.byteLength(ustar) >= 99) return;
    this.refuse(
      'ETAR_PATH_MISMATCH',
      `entry header names ${JSON.stringify(ustar)} but its PAX/long-name record says ${JSON.stringify(entry.path)}`,
      entry.path,
    );
  }

  /** setuid/setgid/sticky and world-writable bits never reach the disk: files 644 (755 if executable), dirs 755. */
  private noteMode(entry: ReadEntry, name: string): void {
    const mode = entry.mode ?? 0;
    if (mode & 0o7000)
      this.events.push({ kind: 'mode-special-bits', entry: name, detail: `mode ${mode.toString(8).padStart(4, '0')} had setuid/setgid/sticky bits` });
    // Common in old packages published from Windows (0666): one summary event, not one per file.
    else if (mode & 0o002) this.worldWritable.push(name);
  }

  /** 'new' when the path is free; 'again' when the same path of the same kind was already written. */
  private claim(rel: string, kind: Occupant['kind'], name: string): 'new' | 'again' {
    const key = collisionKey(rel);
    const existing = this.occupied.get(key);
    if (!existing) {
      this.occupied.set(key, { kind, rel });
      return 'new';
    }
    // The same directory twice, or the same file twice (npm itself packed `./dist/x.js` and `dist/x.js`
    // into agent-base and socks-proxy-agent): harmless as long as the bytes agree, which writeFile checks.
    if (existing.rel === rel && existing.kind === kind) return 'again';
    // A file where a directory is (or the reverse): the layout differs between tools.
    if (existing.rel === rel)
      this.refuse('ETAR_PATH_COLLISION', `${JSON.stringify(rel)} is both a file and a directory in the archive`, name);
    // On case-insensitive or normalising filesystems both names are one file: the later replaces the earlier.
    this.refuse(
      'ETAR_PATH_COLLISION',
      `${JSON.stringify(rel)} and ${JSON.stringify(existing.rel)} differ only in letter case or Unicode normalisation: on macOS and Windows they are one file`,
      name,
    );
  }

  private ensureDir(rel: string, name: string): void {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      if (this.claim(sub, 'dir', name) === 'again') continue;
      fs.mkdirSync(path.join(this.dest, sub), { mode: 0o755 });
      this.directories++;
    }
  }

  /**
   * A second entry for a file already written: npm would let it replace the first, so content that differs
   * is exactly "a later entry overwrites an inspected file" and is refused. Identical bytes are skipped.
   */
  private compareDuplicate(entry: ReadEntry, rel: string, name: string): void {
    const target = path.join(this.dest, rel);
    const refusal = () =>
      new Refusal(
        policyError('ETAR_DUPLICATE_ENTRY', `refused a hostile package tarball: ${JSON.stringify(rel)} appears twice with different content`, {
          hint: 'nothing was installed; do not install this package',
          detail: { entry: name },
        }),
      );
    if ((entry.size ?? 0) !== fs.statSync(target).size) throw refusal();
    const fd = fs.openSync(target, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    this.openFd = fd;
    let offset = 0;
    entry.on('data', (chunk: Buffer) => {
      if (this.openFd !== fd) return;
      const existing = Buffer.alloc(chunk.length);
      const n = fs.readSync(fd, existing, 0, chunk.length, offset);
      offset += chunk.length;
      if (n !== chunk.length || !existing.equals(chunk)) {
        this.closeOpenFile();
        this.fail(refusal());
      }
    });
    entry.on('end', () => {
      if (this.openFd === fd) this.closeOpenFile();
    });
  }

  private writeFile(entry: ReadEntry, rel: string, name: string): void {
    const size = entry.size ?? 0;
    if (size > this.limits.maxFileBytes)
      this.overLimit('ETAR_FILE_TOO_LARGE', `${JSON.stringify(rel)} is ${size} bytes (limit ${this.limits.maxFileBytes})`, name, this.limits.maxFileBytes);
    if (this.bytes + size > this.limits.maxUnpackedBytes)
      this.overLimit('ETAR_TOO_LARGE', `its files add up to more than ${this.limits.maxUnpackedBytes} bytes`, name, this.limits.maxUnpackedBytes);
    const slash = rel.lastIndexOf('/');
    if (slash > 0) this.ensureDir(rel.slice(0, slash), name);
    if (this.claim(rel, 'file', name) === 'again') return this.compareDuplicate(entry, rel, name);
    const mode = (entry.mode ?? 0) & 0o111 ? 0o755 : 0o644;
    const fd = fs.openSync(path.join(this.dest, rel), WRITE_FLAGS, mode);
    this.openFd = fd;
    this.files++;
    this.bytes += size;
    let written = 0;
    entry.on('data', (chunk: Buffer) => {
      if (this.openFd !== fd) return;
      written += chunk.length;
      try {
        // The header's size governs how much the parser reads; this guards the arithmetic anyway.
        if (written > size) throw new Error('entry body larger than its header');
        fs.writeSync(fd, chunk);
      } catch (err) {
        this.closeOpenFile();
        this.fail(operationalError('EUNPACK_WRITE', `cannot write ${rel}: ${(err as Error).message}`, { hint: 'check free space and permissions', cause: err }));
      }
    });
    entry.on('end', () => {
      if (this.openFd === fd) this.closeOpenFile();
    });
  }
}
