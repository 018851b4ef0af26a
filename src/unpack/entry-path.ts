/**
 * Where an archive entry may land. Every check here is about one thing: the path an entry names must map
 * to exactly one place inside the staging directory, the same place on every operating system and
 * filesystem, and no other entry may map to that place too.
 */
import type { UnpackLimits } from './limits.js';

export type PathRefusal =
  | 'absolute-path'
  | 'path-traversal'
  | 'backslash-in-path'
  | 'nul-in-path'
  | 'outside-package-root'
  | 'path-too-long'
  | 'path-too-deep'
  | 'segment-too-long';

export type CheckedPath =
  | { ok: true; /** Path below the package root, POSIX, no empty or `.` segments ('' for the root itself). */ rel: string; root: string }
  | { ok: false; refusal: PathRefusal; detail: string };

/**
 * Validate one entry path and strip its first component, as npm does (a registry tarball holds
 * `package/…`; npm drops that first component whatever its name). `root` is the first component seen in
 * the archive: every later entry must share it, because after stripping, `package/index.js` and
 * `other/index.js` land on the same file and the second silently replaces what was inspected.
 */
export function checkEntryPath(raw: string, root: string | undefined, limits: UnpackLimits): CheckedPath {
  // A NUL ends the name for C tools but not for JavaScript: two readers, two different files.
  if (raw.includes('\0')) return { ok: false, refusal: 'nul-in-path', detail: 'the entry name contains a NUL byte' };
  // On Windows `\` separates directories, so `package\..\..\x` climbs out of the staging directory there.
  if (raw.includes('\\')) return { ok: false, refusal: 'backslash-in-path', detail: 'the entry name contains a backslash' };
  // `/etc/x`, `//host/share/x` and `C:x` name places outside any extraction directory.
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw)) return { ok: false, refusal: 'absolute-path', detail: 'the entry name is an absolute path' };
  if (raw.length > limits.maxPathLength)
    return { ok: false, refusal: 'path-too-long', detail: `the entry name is ${raw.length} characters long (limit ${limits.maxPathLength})` };
  const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
  // `..` anywhere is refused, even where it would stay inside: no legitimate npm tarball contains one.
  if (segments.includes('..')) return { ok: false, refusal: 'path-traversal', detail: 'the entry name contains a ".." component' };
  if (segments.length > limits.maxPathDepth)
    return { ok: false, refusal: 'path-too-deep', detail: `the entry name has ${segments.length} components (limit ${limits.maxPathDepth})` };
  const longSegment = segments.find((s) => Buffer.byteLength(s) > 255);
  if (longSegment !== undefined)
    return { ok: false, refusal: 'segment-too-long', detail: `a component of the entry name is ${Buffer.byteLength(longSegment)} bytes long (filesystems allow 255)` };
  if (segments.length === 0) return { ok: false, refusal: 'outside-package-root', detail: 'the entry name is empty' };
  const [first, ...rest] = segments;
  if (root !== undefined && first !== root)
    return { ok: false, refusal: 'outside-package-root', detail: `the entry lies under "${first}/", not under the archive's root "${root}/"` };
  return { ok: true, rel: rest.join('/'), root: first };
}

/**
 * The key two paths collide on. Case-insensitive filesystems (macOS, Windows) store `A.js` and `a.js` as
 * one file, and macOS normalises Unicode (`é` precomposed vs `e` + combining accent): a later entry would
 * replace an earlier one on the user's disk while an inspector on Linux saw two harmless files.
 */
export function collisionKey(rel: string): string {
  return rel.normalize('NFC').toLowerCase().normalize('NFC');
}
