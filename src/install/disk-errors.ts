import { ClawguardError, operationalError } from '../core/errors.js';

/**
 * A disk that is full, read-only or not ours surfaces deep inside the unpacker, npm's installer or an
 * atomic write, each with its own wording. The operator needs one answer: which filesystem, what is wrong
 * with it, what to do, and that nothing changed (the commit journal and staging make that true). So any
 * failure whose cause chain carries one of these errno codes is reported as `EDISK`, exit 3.
 */
const DISK_PROBLEMS: Record<string, { what: string; fix: (dir: string, file?: string) => string }> = {
  ENOSPC: { what: 'no space left on the device', fix: (dir) => `free space on the filesystem holding ${dir} (df -h ${dir}), then run the command again` },
  EDQUOT: { what: 'the disk quota is exhausted', fix: (dir) => `free space within your quota on ${dir} (quota -s), then run the command again` },
  EROFS: { what: 'the filesystem is read-only', fix: (dir) => `remount the filesystem holding ${dir} read-write, or point --state-dir at a writable copy` },
  EACCES: { what: 'permission denied', fix: (dir, file) => `make ${file ?? dir} readable and writable by you (the state dir should belong to you, mode 700; ls -la ${file ?? dir})` },
  EPERM: { what: 'operation not permitted', fix: (dir, file) => `check the ownership and attributes of ${file ?? dir} (ls -la; lsattr), then run the command again` },
  EXDEV: { what: 'a rename crossed filesystems', fix: (dir) => `keep ${dir} and its extensions/ and clawguard/ folders on one filesystem (no mount point inside the state dir)` },
  EIO: { what: 'an I/O error', fix: (dir) => `check the disk holding ${dir} (dmesg), then run the command again` },
};

function diskCause(err: unknown): { code: string; path?: string; message: string } | undefined {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code in DISK_PROBLEMS) return { code, path: (e as NodeJS.ErrnoException).path, message: (e as Error).message };
    // npm and node-tar sometimes keep the errno only in the message.
    const m = /\b(ENOSPC|EDQUOT|EROFS|EXDEV|EIO)\b/.exec(String((e as Error).message ?? ''));
    if (m) return { code: m[1], message: (e as Error).message };
  }
  return undefined;
}

/** `err` itself, or an EDISK error naming the filesystem problem and the fix when a disk errno caused it. */
export function asDiskError(err: unknown, stateDir: string, doing: string): unknown {
  // A refusal (policy) or bad input stays what it is; so does an error already explained as a disk error.
  if (err instanceof ClawguardError && (err.exitClass !== 'operational' || err.code === 'EDISK')) return err;
  const cause = diskCause(err);
  if (!cause) return err;
  const problem = DISK_PROBLEMS[cause.code];
  return operationalError('EDISK', `${doing} failed: ${problem.what} (${cause.code}${cause.path ? ` at ${cause.path}` : ''}); nothing was changed`, {
    hint: problem.fix(stateDir, cause.path),
    cause: err,
    detail: { errno: cause.code, ...(cause.path ? { path: cause.path } : {}) },
  });
}
