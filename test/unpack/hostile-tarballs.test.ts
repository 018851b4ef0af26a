/**
 * One named test per attack class of shared/THREATS.md §4, each on a crafted tarball from
 * fixtures/tarballs/ (built by scripts/make-hostile-tarballs.mjs). Every test asserts that nothing was
 * written outside the staging directory, and the refusal (code + exit class) or the neutralisation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClawguardError, exitCodeFor } from '../../src/core/errors.js';
import { findingsFromUnpackEvents } from '../../src/unpack/events.js';
import { parseCountFlag, parseSizeFlag, resolveLimits } from '../../src/unpack/limits.js';
import { DEFAULT_UNPACK_LIMITS, unpackHardened, type UnpackLimits, type UnpackResult } from '../../src/unpack/unpack-hardened.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/tarballs');
const roots: string[] = [];

afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

/** Every path under `dir` with its type and mode, sorted: the "state" a test compares before and after. */
function listing(dir: string, skip?: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (p === skip) continue;
      const st = fs.lstatSync(p);
      out.push(`${path.relative(dir, p)} ${st.mode.toString(8)} ${st.size}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

interface Run {
  result?: UnpackResult;
  error?: ClawguardError;
  dest: string;
}

/**
 * Unpack a fixture into <tmp>/work/staging, next to a decoy file and a decoy directory one and two levels
 * up (where `..` entries aim), and prove the world outside staging is unchanged.
 */
async function run(name: string, limits: Partial<UnpackLimits> = {}): Promise<Run> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-unpack-'));
  roots.push(root);
  const work = path.join(root, 'work');
  fs.mkdirSync(path.join(work, 'decoy-dir'), { recursive: true });
  fs.writeFileSync(path.join(work, 'decoy.txt'), 'decoy\n');
  fs.writeFileSync(path.join(root, 'outer-decoy.txt'), 'outer decoy\n');
  const dest = path.join(work, 'staging');
  const before = listing(root, dest);
  const tmpCanariesBefore = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('clawguard-canary'));
  let result: UnpackResult | undefined;
  let error: ClawguardError | undefined;
  try {
    result = await unpackHardened(path.join(fixtures, `${name}.tgz`), dest, limits);
  } catch (err) {
    if (!(err instanceof ClawguardError)) throw err;
    error = err;
  }
  expect(listing(root, dest)).toEqual(before);
  expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('clawguard-canary'))).toEqual(tmpCanariesBefore);
  expect(fs.existsSync('/etc/clawguard-canary-absolute.txt')).toBe(false);
  if (result) {
    // Only regular files and directories, nothing group/world-writable, no special bits.
    for (const line of listing(dest)) {
      const [rel, modeOctal] = line.split(' ');
      const st = fs.lstatSync(path.join(dest, rel));
      expect(st.isFile() || st.isDirectory(), rel).toBe(true);
      expect(Number.parseInt(modeOctal, 8) & 0o7022, rel).toBe(0);
    }
  } else {
    // A refused archive leaves no staging behind.
    expect(fs.existsSync(dest)).toBe(false);
  }
  return { result, error, dest };
}

function expectRefused(r: Run, code: string, exit: 1 | 3): void {
  expect(r.result, `expected ${code}`).toBeUndefined();
  expect(r.error?.code).toBe(code);
  expect(exitCodeFor(r.error)).toBe(exit);
  expect(r.error?.hint).toBeTruthy();
}

describe('hostile tarballs are refused (exit 1) or neutralised, never written outside staging', () => {
  it('absolute paths are refused', async () => {
    expectRefused(await run('absolute-path'), 'ETAR_ABSOLUTE_PATH', 1);
  });

  it('".." traversal is refused', async () => {
    expectRefused(await run('dotdot-traversal'), 'ETAR_PATH_TRAVERSAL', 1);
  });

  it('backslash traversal (Windows separators) is refused', async () => {
    expectRefused(await run('backslash-traversal'), 'ETAR_BACKSLASH_PATH', 1);
  });

  it('a symlink pointing outside is ignored, and a later entry through it stays inside staging', async () => {
    const r = await run('symlink-escape');
    expect(r.result?.events).toEqual([expect.objectContaining({ kind: 'link-ignored', entry: 'package/escape' })]);
    expect(fs.lstatSync(path.join(r.dest, 'escape')).isDirectory()).toBe(true);
    expect(fs.readFileSync(path.join(r.dest, 'escape/clawguard-canary-symlink.txt'), 'utf8')).toContain('canary');
  });

  it('a hardlink to a file outside is ignored', async () => {
    const r = await run('hardlink-escape');
    expect(r.result?.events).toEqual([expect.objectContaining({ kind: 'link-ignored', entry: 'package/passwd' })]);
    expect(fs.existsSync(path.join(r.dest, 'passwd'))).toBe(false);
  });

  it('a directory replaced by a symlink mid-archive stays a directory', async () => {
    const r = await run('dir-replaced-by-symlink');
    expect(r.result?.events.map((e) => e.kind)).toEqual(['link-ignored']);
    expect(fs.lstatSync(path.join(r.dest, 'lib')).isDirectory()).toBe(true);
    expect(fs.readdirSync(path.join(r.dest, 'lib')).sort()).toEqual(['clawguard-canary-swap.txt', 'index.js']);
  });

  it('device files and FIFOs are not created', async () => {
    const r = await run('device-and-fifo');
    expect(r.result?.events.map((e) => `${e.kind} ${e.entry}`)).toEqual([
      'special-file-ignored package/dev-null',
      'special-file-ignored package/dev-sda',
      'special-file-ignored package/fifo',
    ]);
    expect(fs.readdirSync(r.dest)).toEqual(['package.json']);
  });

  it('setuid/setgid/sticky and world-writable modes are forced to 644/755 and reported', async () => {
    const r = await run('setuid-and-writable-modes');
    const mode = (rel: string) => fs.statSync(path.join(r.dest, rel)).mode & 0o7777;
    expect(mode('bin/run.js')).toBe(0o755);
    expect(mode('setgid.js')).toBe(0o644);
    expect(mode('sticky')).toBe(0o755);
    expect(mode('world.js')).toBe(0o644);
    expect(r.result?.events.map((e) => `${e.kind} ${e.entry}`)).toEqual([
      'mode-special-bits package/bin/run.js',
      'mode-special-bits package/setgid.js',
      'mode-special-bits package/sticky/',
      'mode-world-writable package/world.js',
    ]);
    expect(r.result?.events[3].detail).toContain('1 entry was world-writable');
    const findings = findingsFromUnpackEvents(r.result!.events, 'hostile-fixture@1.0.0');
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toContain('tarball-setuid-mode:high');
    expect(findings.every((f) => f.package === 'hostile-fixture@1.0.0' && f.file)).toBe(true);
  });

  it('ownership fields (uid 0, root/wheel) are ignored: files belong to the unpacking user', async () => {
    const r = await run('foreign-ownership');
    expect(fs.statSync(path.join(r.dest, 'index.js')).uid).toBe(process.getuid!());
    expect(r.result?.events).toEqual([]);
  });

  it('a PAX path that differs from the header name is refused', async () => {
    expectRefused(await run('pax-path-mismatch'), 'ETAR_PATH_MISMATCH', 1);
  });

  it('a GNU long-name record that differs from the header name is refused', async () => {
    expectRefused(await run('gnu-longname-mismatch'), 'ETAR_PATH_MISMATCH', 1);
  });

  it('a legitimate long path carried in PAX (header holds its truncation) unpacks', async () => {
    const r = await run('pax-long-path-ok');
    expect(r.result?.files).toBe(2);
    expect(r.result?.events).toEqual([]);
  });

  it('a duplicate entry (later one would replace the inspected file) is refused', async () => {
    expectRefused(await run('duplicate-entry'), 'ETAR_DUPLICATE_ENTRY', 1);
  });

  it('a duplicate entry of the same size with different bytes is refused', async () => {
    expectRefused(await run('duplicate-entry-same-size'), 'ETAR_DUPLICATE_ENTRY', 1);
  });

  it('a duplicate entry with identical bytes (as npm packed agent-base) unpacks once', async () => {
    const r = await run('duplicate-identical-ok');
    expect(r.result).toMatchObject({ files: 2, entries: 3, events: [] });
    expect(fs.readFileSync(path.join(r.dest, 'dist/index.js'), 'utf8')).toBe('module.exports = 1;\n');
  });

  it('case-only collisions (index.js / INDEX.js) are refused', async () => {
    expectRefused(await run('case-collision'), 'ETAR_PATH_COLLISION', 1);
  });

  it('Unicode normalisation collisions (NFC / NFD) are refused', async () => {
    expectRefused(await run('unicode-collision'), 'ETAR_PATH_COLLISION', 1);
  });

  it('a path that is both a file and a directory is refused', async () => {
    expectRefused(await run('file-dir-collision'), 'ETAR_PATH_COLLISION', 1);
  });

  it('entries outside the archive root folder (package/) are refused', async () => {
    expectRefused(await run('outside-package-root'), 'ETAR_OUTSIDE_ROOT', 1);
  });

  it('a single non-standard root folder is stripped as npm does, and reported', async () => {
    const r = await run('nonstandard-root');
    expect(r.result?.root).toBe('node-old');
    expect(fs.readdirSync(r.dest).sort()).toEqual(['index.js', 'package.json']);
    expect(r.result?.events.map((e) => e.kind)).toEqual(['nonstandard-root']);
  });

  it('a gzip bomb (300 MiB of zeros in 300 KiB) is refused before anything is written', async () => {
    const r = await run('gzip-bomb');
    expectRefused(r, 'ETAR_FILE_TOO_LARGE', 1);
    expect(r.error?.hint).toContain('--max-unpacked-size');
  });

  it('raising --max-unpacked-size raises the per-file bound with it', async () => {
    const r = await run('pax-long-path-ok', { maxUnpackedBytes: 400 * 1024 * 1024 });
    expect(r.result?.files).toBe(2);
    expect(resolveLimits({ maxUnpackedBytes: 400 * 1024 * 1024 }).maxFileBytes).toBe(400 * 1024 * 1024);
    expect(resolveLimits({ maxUnpackedBytes: 400, maxFileBytes: 100 }).maxFileBytes).toBe(100);
  });

  it('decompressed bytes are bounded even for skipped entries (hidden body bomb)', async () => {
    expectRefused(await run('hidden-body-bomb', { maxUnpackedBytes: 1024 * 1024, maxEntries: 10 }), 'ETAR_TOO_LARGE', 1);
  });

  it('the total unpacked size is bounded (limit override)', async () => {
    expectRefused(await run('pax-long-path-ok', { maxUnpackedBytes: 60, maxFileBytes: 1024 }), 'ETAR_TOO_LARGE', 1);
  });

  it('double compression (evading the decompression meter) is refused', async () => {
    expectRefused(await run('nested-gzip'), 'ETAR_NESTED_COMPRESSION', 1);
  });

  it('more than 20,000 entries (the default limit) is refused', async () => {
    const r = await run('entry-count-bomb');
    expectRefused(r, 'ETAR_TOO_MANY_ENTRIES', 1);
    expect(r.error?.hint).toContain('--max-entries');
  });

  it('the entry limit counts every entry type (limit override)', async () => {
    expectRefused(await run('setuid-and-writable-modes', { maxEntries: 3 }), 'ETAR_TOO_MANY_ENTRIES', 1);
  });

  it('overly deep paths are refused', async () => {
    expectRefused(await run('path-depth-bomb'), 'ETAR_PATH_TOO_DEEP', 1);
  });

  it('overly long paths are refused', async () => {
    expectRefused(await run('path-length-bomb'), 'ETAR_PATH_TOO_LONG', 1);
  });

  it('a truncated download (gzip stream cut short) is an operational failure (exit 3)', async () => {
    expectRefused(await run('truncated-gzip'), 'ETAR_CORRUPT', 3);
  });

  it('a truncated archive (tar ends mid-entry) is an operational failure (exit 3)', async () => {
    expectRefused(await run('truncated-tar'), 'ETAR_CORRUPT', 3);
  });

  it('a header checksum failure is an operational failure (exit 3)', async () => {
    expectRefused(await run('bad-checksum'), 'ETAR_CORRUPT', 3);
  });

  it('something that is not a tar archive is an operational failure (exit 3)', async () => {
    expectRefused(await run('not-a-tarball'), 'ETAR_CORRUPT', 3);
  });
});

describe('unpackHardened contract', () => {
  it('refuses a destination that is not empty, and leaves it untouched', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-unpack-'));
    roots.push(root);
    fs.writeFileSync(path.join(root, 'keep.txt'), 'keep\n');
    await expect(unpackHardened(path.join(fixtures, 'foreign-ownership.tgz'), root)).rejects.toMatchObject({ code: 'EUNPACK_DEST' });
    expect(fs.readdirSync(root)).toEqual(['keep.txt']);
  });

  it('a tarball path that cannot be read is an operational failure (exit 3), not "corrupt"', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-unpack-'));
    roots.push(root);
    const err = await unpackHardened(path.join(root, 'missing.tgz'), path.join(root, 'out')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'EUNPACK_READ', exitClass: 'operational' });
    expect(fs.existsSync(path.join(root, 'out'))).toBe(false);
  });

  it('accepts the tarball as bytes as well as a path', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-unpack-'));
    roots.push(root);
    const r = await unpackHardened(fs.readFileSync(path.join(fixtures, 'foreign-ownership.tgz')), path.join(root, 'out'));
    expect(r).toMatchObject({ files: 2, root: 'package', entries: 2 });
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out/package.json'), 'utf8')).name).toBe('hostile-fixture');
  });

  it('exports its defaults and parses the CLI limit flags (bad values are exit 2)', () => {
    expect(DEFAULT_UNPACK_LIMITS).toMatchObject({ maxUnpackedBytes: 200 * 1024 * 1024, maxEntries: 20_000 });
    expect(parseSizeFlag('500MiB')).toBe(500 * 1024 * 1024);
    expect(parseSizeFlag('1g')).toBe(1024 ** 3);
    expect(parseSizeFlag('4096')).toBe(4096);
    expect(parseCountFlag('50000')).toBe(50_000);
    for (const bad of ['', 'lots', '-5', '0', '12parsecs']) {
      expect(() => parseSizeFlag(bad), bad).toThrow(ClawguardError);
      expect(exitCodeFor(catchErr(() => parseSizeFlag(bad)))).toBe(2);
    }
    expect(exitCodeFor(catchErr(() => parseCountFlag('1.5')))).toBe(2);
  });
});

function catchErr(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}
