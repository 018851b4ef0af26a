import type { Severity, Verdict } from '../report/types.js';

/**
 * clawguard's own records under `<state>/clawguard/`:
 *   ledger.json              { schemaVersion: 1, plugins: { [pluginId]: LedgerEntry } }
 *   manifests/<dirName>.json IntegrityManifest of the installed directory (its sha256 is in the entry)
 *   approvals.json           script approvals (issue 4)
 * Written atomically (temp file + rename), mode 600.
 */
export interface IntegrityFile {
  sha256: string;
  size: number;
  /** Permission bits (mode & 0o7777). */
  mode: number;
  /** Stat fingerprint taken after the final move; default gateway check trusts an unchanged one. */
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface IntegrityManifest {
  schemaVersion: 1;
  /** Root the paths are relative to, at the time the manifest was taken. */
  root: string;
  createdAt: string;
  /** POSIX relative path → file record. Every regular file under the root, node_modules included. */
  files: Record<string, IntegrityFile>;
  /** POSIX relative path → mode, for every directory (root is ''). */
  dirs: Record<string, { mode: number }>;
  /** POSIX relative path → link target (as read), for symlinks npm created (node_modules/.bin). */
  symlinks: Record<string, string>;
}

export type LedgerSourceKind = 'registry' | 'directory' | 'tarball' | 'adopted';

export interface LedgerEntry {
  pluginId: string;
  /** Directory name under <state>/extensions (or the adopted plugin's own path basename). */
  dirName: string;
  /** Absolute path of the installed plugin root. */
  dir: string;
  source: { kind: LedgerSourceKind; spec: string; registry?: string };
  name: string;
  version: string;
  /** Tarball integrity (sha512) of the plugin package itself, when it came from a registry or a tarball. */
  integrity?: string;
  installedAt: string;
  verdict: Verdict;
  /** Count of unsuppressed findings by severity at install time. */
  findings: Partial<Record<Severity, number>>;
  /** sha256 of the manifest file's bytes: a manifest edited behind the ledger's back is inconsistent. */
  manifestSha256: string;
  /** Every package of the installed tree with its inspected integrity (issue 4). */
  packages?: Array<{ name: string; version: string; integrity?: string; path: string }>;
  provenance?: { present: boolean; verified?: boolean; detail?: string };
  scripts?: { ran: string[]; skipped: string[] };
  /** Set by `gateway check --quarantine`; cleared by `plugins restore`. */
  quarantine?: { at: string; from: string; to: string; reasons: Array<{ code: string; detail: string }> };
}

export interface Ledger {
  schemaVersion: 1;
  plugins: Record<string, LedgerEntry>;
}
