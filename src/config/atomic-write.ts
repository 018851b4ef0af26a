import { nodeCrypto } from '../core/crypto.js';
import fs from 'node:fs';
import path from 'node:path';
import { faultPoint } from '../install/fault-injection.js';

/**
 * Write a file so a reader (or a crash) sees either the old bytes or the new ones, never a torn file:
 * write a temp file beside it, fsync, then rename over the target. Mode 600 from creation, so secrets in
 * openclaw.json or the ledger are never readable by others even for an instant.
 */
export function writeFileAtomic(target: string, data: string | Buffer, mode = 0o600): void {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  faultPoint('atomic-write:temp-written');
  try {
    fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** `.<name>.<pid>.<hex>.tmp`: the temp name writeFileAtomic uses, so a later command can find what a killed one left. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Remove the temp files a killed writer left in `dir` (its pid no longer runs): the target itself still
 * holds the old bytes, so the temp file is garbage. Returns the names removed.
 */
export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || Number(m[2]) === process.pid || pidAlive(Number(m[2]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** A file's exact bytes and mode, or its absence, so a failed command can put it back byte for byte. */
export interface FileSnapshot {
  path: string;
  bytes: Buffer | null;
  mode: number;
  /** Something other than a regular file sits there: not ours to restore or delete. */
  notAFile?: boolean;
}

export function snapshotFile(file: string): FileSnapshot {
  try {
    const st = fs.lstatSync(file);
    if (!st.isFile()) return { path: file, bytes: null, mode: st.mode & 0o7777, notAFile: true };
    return { path: file, bytes: fs.readFileSync(file), mode: st.mode & 0o7777 };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path: file, bytes: null, mode: 0o600 };
    throw err;
  }
}

export function restoreSnapshot(snapshot: FileSnapshot): void {
  if (snapshot.notAFile) return;
  if (snapshot.bytes === null) fs.rmSync(snapshot.path, { force: true });
  // Already as it was (the command failed before touching it): no write, so a rollback on a full disk
  // only needs space for the files that really changed.
  else if (!sameFile(snapshot)) writeFileAtomic(snapshot.path, snapshot.bytes, snapshot.mode);
}

function sameFile(snapshot: FileSnapshot): boolean {
  try {
    const st = fs.lstatSync(snapshot.path);
    return st.isFile() && (st.mode & 0o7777) === snapshot.mode && st.size === snapshot.bytes!.length && fs.readFileSync(snapshot.path).equals(snapshot.bytes!);
  } catch {
    return false;
  }
}
