import { nodeCrypto } from '../core/crypto.js';
import fs from 'node:fs';
import path from 'node:path';
import type { StatePaths } from '../core/state.js';
import { log } from '../core/log.js';
import { recoverInterruptedCommit, JOURNAL_FILE } from './transaction.js';
import { removeStaleTempFiles } from '../config/atomic-write.js';
import { recoverQuarantineDir } from '../skills/quarantine.js';
import { faultPoint } from './fault-injection.js';
import { removeStaleLockFiles } from '../ledger/lock.js';

/**
 * Staging: every byte of a new plugin is written under `<state>/extensions/.clawguard-staging-*` first (same
 * filesystem, so the final move is one atomic rename) and only moved into `<state>/extensions/<dir>` once it
 * is complete and inspected. The plugin sits one level down (`<staging>/package`), so OpenClaw's scan of
 * `extensions/*` never mistakes a half-built staging dir for a plugin.
 */
export const STAGING_PREFIX = '.clawguard-staging-';
/** Present in a staging dir whose command created `extensions/`: whoever cleans it up removes that dir again when empty. */
const CREATED_EXTENSIONS_MARKER = 'created-extensions-dir';

export interface Staging {
  dir: string;
  /** The unpacked plugin; becomes `<state>/extensions/<dir>` on commit. */
  packageDir: string;
  /** True when the extensions dir did not exist before this command (removed again if left empty). */
  createdExtensionsDir: boolean;
  dispose(): void;
}

export function createStaging(paths: Pick<StatePaths, 'extensionsDir'>): Staging {
  const createdExtensionsDir = !fs.existsSync(paths.extensionsDir);
  fs.mkdirSync(paths.extensionsDir, { recursive: true, mode: 0o700 });
  const dir = path.join(paths.extensionsDir, `${STAGING_PREFIX}${process.pid}-${nodeCrypto().randomBytes(6).toString('hex')}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  if (createdExtensionsDir) fs.writeFileSync(path.join(dir, CREATED_EXTENSIONS_MARKER), '');
  faultPoint('staging:created');
  const packageDir = path.join(dir, 'package');
  return {
    dir,
    packageDir,
    createdExtensionsDir,
    dispose() {
      // An unfinished commit (rollback failed, e.g. on a full disk) keeps its journal for the next command.
      if (fs.existsSync(path.join(dir, JOURNAL_FILE))) return;
      fs.rmSync(dir, { recursive: true, force: true });
      if (createdExtensionsDir) removeIfEmpty(paths.extensionsDir);
    },
  };
}

export { createScratch } from './scratch.js';

export function removeIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    /* not empty or already gone */
  }
}

/**
 * Called by every mutating command while it holds the state lock, so no other command can own a staging
 * dir: whatever is there was left by a killed or crashed run. An interrupted commit (journal present) is
 * rolled back first, so the previous plugin version, ledger and config come back byte for byte.
 */
export function cleanStaleStaging(paths: StatePaths): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(paths.extensionsDir);
  } catch {
    return [];
  }
  const cleaned: string[] = [];
  let removeExtensionsDir = false;
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const dir = path.join(paths.extensionsDir, name);
    if (fs.existsSync(path.join(dir, JOURNAL_FILE))) {
      const restored = recoverInterruptedCommit(paths, dir);
      log.info(`recovered an interrupted change to ${restored}: previous state restored`);
    }
    if (fs.existsSync(path.join(dir, CREATED_EXTENSIONS_MARKER))) removeExtensionsDir = true;
    fs.rmSync(dir, { recursive: true, force: true });
    cleaned.push(name);
  }
  if (removeExtensionsDir) removeIfEmpty(paths.extensionsDir);
  if (cleaned.length > 0) log.info(`removed ${cleaned.length} leftover staging dir(s) from an interrupted command`);
  return cleaned;
}

/**
 * Everything a killed command can leave behind, put right by the next command that holds the state lock:
 * interrupted commits rolled back (journal), staging dirs removed, temp files of atomic writes whose writer
 * is dead removed (the targets still hold the old bytes), and half-moved skill quarantine entries settled.
 */
export function recoverInterrupted(paths: StatePaths): void {
  cleanStaleStaging(paths);
  const dirs = [paths.clawguardDir, path.join(paths.clawguardDir, 'manifests'), path.dirname(paths.configPath)];
  const removed = dirs.flatMap((d) => removeStaleTempFiles(d));
  if (removed.length > 0) log.info(`removed ${removed.length} temp file(s) left by an interrupted write`);
  removeStaleLockFiles(paths);
  recoverQuarantineDir(paths.quarantineDir);
}
