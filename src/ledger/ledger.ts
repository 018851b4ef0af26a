import fs from 'node:fs';
import path from 'node:path';
import { operationalError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';
import { writeFileAtomic } from '../config/atomic-write.js';
import type { IntegrityManifest, Ledger } from './types.js';
import { integrityManifestPath, saveIntegrityManifest } from './manifest.js';
import { assertRecordDirsAreReal, readStateFile, type StateFileKind } from './state-files.js';

/**
 * The install ledger: what clawguard installed, from where, with which integrity. `gateway check` trusts a
 * plugin only through it, so a ledger that cannot be read or does not validate is an error, never silently
 * replaced by an empty one (that would let an attacker "reset" the record by corrupting the file).
 */
export function emptyLedger(): Ledger {
  return { schemaVersion: 1, plugins: {} };
}

export const LEDGER_FILE: StateFileKind = { label: 'the clawguard ledger', code: 'ELEDGER', exit: 'operational' };

export function readLedger(paths: Pick<StatePaths, 'ledgerPath'>): Ledger {
  // Not followed if it is a link, not read if it is huge: the ledger is what the gateway trusts.
  const raw = readStateFile(paths.ledgerPath, LEDGER_FILE);
  if (raw === undefined) return emptyLedger();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw invalidLedger(paths.ledgerPath, `not valid JSON (${(err as Error).message})`);
  }
  const problem = ledgerProblem(data);
  if (problem) throw invalidLedger(paths.ledgerPath, problem);
  return data as Ledger;
}

function invalidLedger(file: string, why: string) {
  return operationalError('ELEDGER', `the clawguard ledger ${file} is invalid: ${why}`, {
    hint: `restore it from a backup; if it is lost, move it aside and re-install each plugin with 'clawguard plugins install <name>@<version> --force' (or record OpenClaw-installed ones with 'clawguard plugins adopt <id>')`,
  });
}

function ledgerProblem(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'the top level is not an object';
  const ledger = data as Partial<Ledger>;
  if (ledger.schemaVersion !== 1) return `unsupported schemaVersion ${JSON.stringify(ledger.schemaVersion)} (expected 1)`;
  if (ledger.plugins === null || typeof ledger.plugins !== 'object' || Array.isArray(ledger.plugins)) return '"plugins" is not an object';
  for (const [id, entry] of Object.entries(ledger.plugins)) {
    if (entry === null || typeof entry !== 'object') return `entry "${id}" is not an object`;
    for (const key of ['pluginId', 'dirName', 'dir', 'name', 'version', 'installedAt', 'verdict', 'manifestSha256'] as const)
      if (typeof (entry as unknown as Record<string, unknown>)[key] !== 'string') return `entry "${id}" has no string "${key}"`;
    if (entry.pluginId !== id) return `entry "${id}" records pluginId "${entry.pluginId}"`;
    if (!entry.source || typeof entry.source !== 'object' || typeof entry.source.spec !== 'string' || typeof entry.source.kind !== 'string') return `entry "${id}" has no valid "source"`;
    const wrong = optionalFieldProblem(entry as unknown as Record<string, unknown>);
    if (wrong) return `entry "${id}": ${wrong}`;
  }
  return undefined;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The optional fields other commands read (update, list, restore): wrong types there are refused here, not crashed on later. */
function optionalFieldProblem(e: Record<string, unknown>): string | undefined {
  if (e.integrity !== undefined && typeof e.integrity !== 'string') return '"integrity" is not a string';
  if (!isObj(e.findings)) return '"findings" is not an object';
  for (const [sev, n] of Object.entries(e.findings)) if (typeof n !== 'number') return `"findings.${sev}" is not a number`;
  if (e.packages !== undefined) {
    if (!Array.isArray(e.packages)) return '"packages" is not an array';
    for (const p of e.packages) if (!isObj(p) || typeof p.name !== 'string' || typeof p.version !== 'string' || typeof p.path !== 'string') return `"packages" holds ${JSON.stringify(p)}`;
  }
  if (e.scripts !== undefined && (!isObj(e.scripts) || !isStrings(e.scripts.ran) || !isStrings(e.scripts.skipped))) return '"scripts" is not {ran: string[], skipped: string[]}';
  if (e.provenance !== undefined && (!isObj(e.provenance) || typeof e.provenance.present !== 'boolean')) return '"provenance" is not {present: boolean}';
  if (e.quarantine !== undefined && (!isObj(e.quarantine) || typeof e.quarantine.from !== 'string' || typeof e.quarantine.to !== 'string' || !Array.isArray(e.quarantine.reasons)))
    return '"quarantine" is not {from, to, reasons}';
  return undefined;
}

export function writeLedger(paths: Pick<StatePaths, 'ledgerPath'>, ledger: Ledger): void {
  assertRecordDirsAreReal({ clawguardDir: path.dirname(paths.ledgerPath) });
  fs.mkdirSync(path.dirname(paths.ledgerPath), { recursive: true, mode: 0o700 });
  writeFileAtomic(paths.ledgerPath, `${JSON.stringify(ledger, null, 2)}\n`, 0o600);
}

/** Where a plugin's integrity manifest lives (the gateway's storage format, one place for both). */
export function manifestPathFor(paths: Pick<StatePaths, 'clawguardDir'>, dirName: string): string {
  return integrityManifestPath(paths.clawguardDir, dirName);
}

/** Write an integrity manifest and return the sha256 of its bytes (recorded in the ledger entry). */
export function writeManifestFile(paths: Pick<StatePaths, 'clawguardDir'>, dirName: string, manifest: IntegrityManifest): string {
  return saveIntegrityManifest(paths.clawguardDir, dirName, manifest).sha256;
}
