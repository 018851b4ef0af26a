import fs from 'node:fs';
import path from 'node:path';
import { ClawguardError, inputError, operationalError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';

/**
 * clawguard's records are trusted input to the gateway check, so a record that is not what clawguard wrote
 * is refused, never followed or rewritten: a symbolic link (an attacker who can plant a link can point the
 * ledger at a file they control, or make the next write land outside the state dir), something that is not
 * a regular file, or a file too large to be a record (reading 10 GB of "ledger" is a denial of service).
 * Every refusal names the file and what to do.
 */
export const MAX_STATE_FILE_BYTES = 64 * 1024 * 1024;

export interface StateFileKind {
  /** "the clawguard ledger", "the script approvals file", … */
  label: string;
  code: string;
  /** Invalid records of this kind are bad input (exit 2) or an operational failure (exit 3). */
  exit: 'input' | 'operational';
}

function refuse(kind: StateFileKind, message: string, hint: string, cause?: unknown): ClawguardError {
  return kind.exit === 'input' ? inputError(kind.code, message, { hint, cause }) : operationalError(kind.code, message, { hint, cause });
}

/** Read a record without following a link; undefined when it does not exist. */
export function readStateFile(file: string, kind: StateFileKind, maxBytes = MAX_STATE_FILE_BYTES): string | undefined {
  assertNoLinkedParent(file, kind);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP' || code === 'EMLINK') throw linkRefusal(file, kind);
    throw refuse(kind, `cannot read ${kind.label} ${file}: ${(err as Error).message}`, 'check the permissions of the state dir (it should belong to you, mode 700) and of the file (600)', err);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile())
      throw refuse(kind, `${kind.label} ${file} is not a regular file`, `move it aside (clawguard writes a regular file there); the state dir should hold only what clawguard wrote`);
    if (st.size > maxBytes)
      throw refuse(
        kind,
        `${kind.label} ${file} is ${st.size} bytes, over the ${maxBytes}-byte limit for a clawguard record; it was not read`,
        'restore it from a backup, or move it aside and re-create the records (see docs/reliability.md)',
      );
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = fs.readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function linkRefusal(file: string, kind: StateFileKind): ClawguardError {
  let target = '?';
  try {
    target = fs.readlinkSync(file);
  } catch {
    /* raced away */
  }
  return refuse(
    kind,
    `${kind.label} ${file} is a symbolic link (to ${target}); clawguard does not follow links in its state dir`,
    `if the target is your real record, replace the link with a copy of it (cp --remove-destination "$(readlink -f ${file})" ${file}); otherwise move the link aside`,
  );
}

/** The dirs between the state dir and a record (`clawguard/`, `clawguard/manifests/`…) must not be links either. */
function assertNoLinkedParent(file: string, kind: StateFileKind): void {
  const dir = path.dirname(file);
  const parents = path.basename(path.dirname(dir)) === 'clawguard' ? [path.dirname(dir), dir] : path.basename(dir) === 'clawguard' ? [dir] : [];
  for (const d of parents) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(d);
    } catch {
      continue;
    }
    if (st.isSymbolicLink())
      throw refuse(
        kind,
        `${d} is a symbolic link (to ${fs.readlinkSync(d)}); clawguard does not follow links in its state dir, so ${kind.label} ${file} was not read`,
        `replace the link with the directory itself (or move it aside), then run the command again`,
      );
  }
}

/**
 * Before a command writes: clawguard's dirs under the state dir are real directories. A write into a
 * linked `clawguard/` would land wherever the link points.
 */
export function assertRecordDirsAreReal(paths: Pick<StatePaths, 'clawguardDir'>): void {
  for (const d of [paths.clawguardDir, ...['manifests', 'quarantine', 'cache'].map((n) => path.join(paths.clawguardDir, n))]) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(d);
    } catch {
      continue;
    }
    if (st.isSymbolicLink() || !st.isDirectory())
      throw operationalError(
        'ESTATE_LINK',
        `${d} is ${st.isSymbolicLink() ? `a symbolic link (to ${fs.readlinkSync(d)})` : 'not a directory'}; clawguard does not write through links in its state dir`,
        { hint: 'replace it with a real directory (move the link aside and copy the records back), then run the command again' },
      );
  }
}
