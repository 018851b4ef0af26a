import { nodeCrypto } from '../core/crypto.js';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { operationalError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';
import { assertRecordDirsAreReal } from './state-files.js';

/**
 * One mutating command per state dir. Two installs racing on the same extensions dir, ledger and config
 * would each commit a state the other never inspected; the loser must wait, then give up with exit 3.
 * The lock records pid + process start time so a lock left by a killed process (SIGKILL, power loss) is
 * recognised as stale and taken over, and a recycled pid is not mistaken for the original holder.
 */
export interface LockInfo {
  pid: number;
  /** Kernel start time of the holder (Linux /proc/<pid>/stat field 22), when available. */
  processStart?: string;
  acquiredAt: string;
  command: string;
}

export interface HeldLock {
  info: LockInfo;
  release(): void;
}

export interface LockOptions {
  command: string;
  /** How long to wait for another command to finish. Default 5 s, or $CLAWGUARD_LOCK_WAIT_MS. */
  waitMs?: number;
}

export function processStartOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

function isAlive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStartOf(info.pid);
  return info.processStart === undefined || start === undefined || start === info.processStart;
}

function readLock(lockPath: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

export async function acquireStateLock(paths: Pick<StatePaths, 'lockPath' | 'clawguardDir'>, options: LockOptions): Promise<HeldLock> {
  const waitMs = options.waitMs ?? (Number(process.env.CLAWGUARD_LOCK_WAIT_MS) || 5000);
  // A linked clawguard/ would put the lock, and every record written under it, wherever the link points.
  assertRecordDirsAreReal(paths);
  const createdDir = !fs.existsSync(paths.clawguardDir);
  fs.mkdirSync(paths.clawguardDir, { recursive: true, mode: 0o700 });
  const info: LockInfo = { pid: process.pid, processStart: processStartOf(process.pid), acquiredAt: new Date().toISOString(), command: options.command };
  const body = `${JSON.stringify(info)}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    // Write the whole record to a temp file, then hard-link it into place: link() fails atomically when a
    // lock exists, and a reader never sees a half-written lock.
    const tmp = path.join(paths.clawguardDir, `.lock.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}`);
    fs.writeFileSync(tmp, body, { mode: 0o600 });
    try {
      fs.linkSync(tmp, paths.lockPath);
      fs.rmSync(tmp, { force: true });
      return { info, release: () => releaseLock(paths, body, createdDir) };
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw operationalError('ELOCK', `cannot create the lock ${paths.lockPath}: ${(err as Error).message}`);
    }
    const holder = readLock(paths.lockPath);
    if (holder === undefined || !isAlive(holder)) {
      recoverStale(paths.lockPath, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      throw operationalError(
        'ELOCKED',
        `another clawguard command (pid ${holder.pid}, '${holder.command}', since ${holder.acquiredAt}) is changing this state dir`,
        { hint: `wait for it to finish and run the command again; if no clawguard process ${holder.pid} is running, delete ${paths.lockPath}`, detail: { holder } },
      );
    }
    await delay(100);
  }
}

/** Take a dead holder's lock away only if it is still the same file we judged stale (another waiter may have won). */
function recoverStale(lockPath: string, judged: LockInfo | undefined): void {
  const aside = `${lockPath}.stale-${process.pid}-${nodeCrypto().randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return;
  }
  const moved = readLock(aside);
  if (judged !== undefined && moved !== undefined && (moved.pid !== judged.pid || moved.acquiredAt !== judged.acquiredAt)) {
    // We moved a live lock someone else just created: put it back if the slot is still free.
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      /* the slot was taken again; that holder wins */
    }
  }
  fs.rmSync(aside, { force: true });
}

function releaseLock(paths: Pick<StatePaths, 'lockPath' | 'clawguardDir'>, body: string, removeDirIfEmpty: boolean): void {
  try {
    if (fs.readFileSync(paths.lockPath, 'utf8') === body) fs.rmSync(paths.lockPath, { force: true });
  } catch {
    /* already gone */
  }
  // A refused command must leave the state dir as it found it: drop the records dir if we created it for the lock.
  if (removeDirIfEmpty) {
    try {
      fs.rmdirSync(paths.clawguardDir);
    } catch {
      /* not empty: the command recorded something */
    }
  }
}

const LOCK_LEFTOVER = /^(?:\.lock\.(\d+)\.[0-9a-f]{8}|lock\.stale-(\d+)-[0-9a-f]{8})$/;

/** Temp and set-aside lock files of killed processes (SIGKILL between write and link, or during a takeover). Call while holding the lock. */
export function removeStaleLockFiles(paths: Pick<StatePaths, 'clawguardDir'>): void {
  let names: string[];
  try {
    names = fs.readdirSync(paths.clawguardDir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = LOCK_LEFTOVER.exec(name);
    if (!m) continue;
    const pid = Number(m[1] ?? m[2]);
    if (pid === process.pid || isAlive({ pid, acquiredAt: '', command: '' })) continue;
    fs.rmSync(path.join(paths.clawguardDir, name), { force: true });
  }
}
