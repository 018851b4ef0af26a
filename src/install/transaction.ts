import fs from 'node:fs';
import path from 'node:path';
import type { StatePaths } from '../core/state.js';
import { restoreSnapshot, snapshotFile, writeFileAtomic, type FileSnapshot } from '../config/atomic-write.js';
import { manifestPathFor } from '../ledger/ledger.js';
import { removeIfEmpty } from './staging.js';
import { faultPoint } from './fault-injection.js';
import { log } from '../core/log.js';

/**
 * A commit touches four things that must change together: the plugin directory, its integrity manifest,
 * the ledger and openclaw.json. Before the first of them changes, a journal holding the exact previous bytes
 * is written into the staging dir; a failure (or a SIGKILL and the next command's cleanup) replays it
 * backwards, so "unchanged" in the contract holds even for an interrupted install, update or uninstall.
 * Removing the journal is the commit point.
 */
export const JOURNAL_FILE = 'journal.json';

interface Journal {
  /** install/uninstall swap a plugin dir under extensions/; record (adopt) and quarantine only write records and move dirs. */
  kind: 'install' | 'uninstall' | 'record' | 'quarantine';
  dirName: string;
  snapshots: Array<{ path: string; bytes: string | null; mode: number; notAFile?: boolean }>;
  /** Record dirs that did not exist before, removed again (when empty) on rollback. */
  createdDirs: string[];
  /** Directory renames this commit may make, in order; rollback undoes each one that happened. */
  moves?: Array<{ from: string; to: string }>;
}

export interface CommitExtras {
  /** Further files to snapshot (beyond ledger, manifest, config, config.bak and approvals). */
  files?: string[];
  /** Directory renames the commit will make (`commit.move(i)`), journaled before the first one happens. */
  moves?: Array<{ from: string; to: string }>;
}

export interface Commit {
  /** Move the new plugin (staging/package) into place, keeping any previous version aside until the end. */
  swapIn(): void;
  /** Move the installed plugin aside (uninstall). */
  moveOut(): void;
  /** Perform the i-th journaled directory rename. */
  move(i: number): void;
  /** Commit point: forget the previous state. */
  finish(): void;
  rollback(): void;
}

export function beginCommit(paths: StatePaths, stagingDir: string, kind: Journal['kind'], dirName: string, extras: CommitExtras = {}): Commit {
  const files = [paths.ledgerPath, manifestPathFor(paths, dirName), paths.configPath, `${paths.configPath}.bak`, paths.approvalsPath, ...(extras.files ?? [])];
  const snapshots = files.map(snapshotFile);
  const createdDirs = [path.dirname(manifestPathFor(paths, dirName)), paths.clawguardDir].filter((d) => !fs.existsSync(d));
  const journal: Journal = {
    kind,
    dirName,
    snapshots: snapshots.map((s) => ({ path: s.path, bytes: s.bytes === null ? null : s.bytes.toString('base64'), mode: s.mode, notAFile: s.notAFile })),
    createdDirs,
    ...(extras.moves?.length ? { moves: extras.moves } : {}),
  };
  writeFileAtomic(path.join(stagingDir, JOURNAL_FILE), JSON.stringify(journal), 0o600);
  faultPoint('commit:journal-written');
  const finalDir = path.join(paths.extensionsDir, dirName);
  const previous = path.join(stagingDir, 'previous');
  return {
    swapIn() {
      if (fs.existsSync(finalDir)) {
        fs.renameSync(finalDir, previous);
        faultPoint('commit:previous-moved-aside');
      }
      fs.renameSync(path.join(stagingDir, 'package'), finalDir);
    },
    moveOut() {
      if (fs.existsSync(finalDir)) fs.renameSync(finalDir, previous);
    },
    move(i) {
      const m = extras.moves![i];
      fs.renameSync(m.from, m.to);
    },
    finish() {
      fs.rmSync(path.join(stagingDir, JOURNAL_FILE), { force: true });
      faultPoint('commit:journal-removed');
    },
    rollback() {
      try {
        replay(paths, stagingDir, journal);
      } catch (err) {
        // A full or failing disk can stop the rollback itself. The journal stays (and so does the staging
        // dir: dispose keeps a dir whose journal is still there), and the next command finishes the job.
        log.warn(`could not roll back the interrupted change to ${dirName} now (${(err as Error).message}); the next clawguard command will`);
      }
    },
  };
}

/** Roll back a commit that a killed process left half done. Returns the plugin directory name it concerned. */
export function recoverInterruptedCommit(paths: StatePaths, stagingDir: string): string {
  const journal = JSON.parse(fs.readFileSync(path.join(stagingDir, JOURNAL_FILE), 'utf8')) as Journal;
  replay(paths, stagingDir, journal);
  return journal.dirName;
}

function replay(paths: StatePaths, stagingDir: string, journal: Journal): void {
  const finalDir = path.join(paths.extensionsDir, journal.dirName);
  const previous = path.join(stagingDir, 'previous');
  // For an install, a missing staging/package means the new version was already moved into place.
  if (journal.kind === 'install' && !fs.existsSync(path.join(stagingDir, 'package')) && fs.existsSync(finalDir))
    fs.renameSync(finalDir, path.join(stagingDir, 'discard'));
  if (fs.existsSync(previous) && !fs.existsSync(finalDir)) fs.renameSync(previous, finalDir);
  // Undo journaled renames newest first; one that did not happen (its target is absent) is skipped.
  for (const m of [...(journal.moves ?? [])].reverse()) if (fs.existsSync(m.to) && !fs.existsSync(m.from)) fs.renameSync(m.to, m.from);
  for (const s of journal.snapshots) {
    const snapshot: FileSnapshot = { path: s.path, bytes: s.bytes === null ? null : Buffer.from(s.bytes, 'base64'), mode: s.mode, notAFile: s.notAFile };
    restoreSnapshot(snapshot);
  }
  for (const dir of journal.createdDirs) removeIfEmpty(dir);
  fs.rmSync(path.join(stagingDir, JOURNAL_FILE), { force: true });
}
