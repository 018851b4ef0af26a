/**
 * Quarantine by rename: `<dir>` → `<dir>.disabled`. OpenClaw skips any scanned directory whose name contains
 * `.disabled`, and a plugin found through an install record simply stops existing at its recorded path, so a
 * rename takes a plugin out of the gateway without deleting anything the operator may want to inspect.
 * rename(2) is atomic: OpenClaw sees the plugin or not, never half of it.
 *
 * The record goes into the ledger entry (`quarantine`) when clawguard has one, else into
 * `<clawguard>/gateway-quarantine.json`, so `plugins restore <id>` can find the way back. Always under the
 * state lock: an install moving a plugin into place must not race a rename of the same directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inputError, operationalError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';
import { writeFileAtomic } from '../config/atomic-write.js';
import { acquireStateLock } from '../ledger/lock.js';
import { createStaging, recoverInterrupted } from '../install/staging.js';
import { beginCommit, type Commit } from '../install/transaction.js';
import { faultPoint } from '../install/fault-injection.js';
import { readStateFile } from '../ledger/state-files.js';
import { readLedger, writeLedger } from '../ledger/ledger.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { GatewayCheckOptions, GatewayPluginResult, GatewayReason } from './check.js';
import { runGatewayCheck } from './check.js';

export type QuarantineRecord = NonNullable<LedgerEntry['quarantine']> & { pluginId: string };

interface LooseQuarantineFile {
  schemaVersion: 1;
  plugins: Record<string, QuarantineRecord>;
}

export function looseQuarantinePath(paths: StatePaths): string {
  return path.join(paths.clawguardDir, 'gateway-quarantine.json');
}

function readLoose(paths: StatePaths): LooseQuarantineFile {
  const file = looseQuarantinePath(paths);
  const raw = readStateFile(file, { label: 'the gateway quarantine record', code: 'EQUARANTINE', exit: 'operational' });
  if (raw === undefined) return { schemaVersion: 1, plugins: {} };
  let data: LooseQuarantineFile;
  try {
    data = JSON.parse(raw) as LooseQuarantineFile;
  } catch (err) {
    throw operationalError('EQUARANTINE', `${file} is not valid JSON: ${(err as Error).message}`, { hint: 'fix or remove the file; the quarantined directories themselves are untouched' });
  }
  const ok =
    data && typeof data === 'object' && data.schemaVersion === 1 && data.plugins && typeof data.plugins === 'object' && !Array.isArray(data.plugins) &&
    Object.values(data.plugins).every((r) => r && typeof r === 'object' && typeof r.from === 'string' && typeof r.to === 'string');
  if (!ok) throw operationalError('EQUARANTINE', `${file} does not have the expected shape ({schemaVersion: 1, plugins: {<id>: {from, to, …}}})`, { hint: 'fix or remove the file; the quarantined directories themselves are untouched' });
  return data;
}

function writeLoose(paths: StatePaths, data: LooseQuarantineFile): void {
  fs.mkdirSync(paths.clawguardDir, { recursive: true, mode: 0o700 });
  if (Object.keys(data.plugins).length === 0) fs.rmSync(looseQuarantinePath(paths), { force: true });
  else writeFileAtomic(looseQuarantinePath(paths), `${JSON.stringify(data, null, 2)}\n`, 0o600);
}

/** A free `.disabled` name next to the target: never overwrite an earlier quarantine. */
function quarantineName(target: string, taken: Set<string> = new Set()): string {
  let to = `${target}.disabled`;
  for (let n = 2; fs.existsSync(to) || taken.has(to); n++) to = `${target}.disabled-${n}`;
  return to;
}

export interface QuarantineOutcome {
  id: string;
  from: string;
  to?: string;
  error?: string;
}

/**
 * Rename every refused plugin aside and record it. Bundled plugins are never renamed (they belong to the
 * OpenClaw installation; a package update would bring them back anyway): they stay refused.
 */
export async function quarantineRefused(paths: StatePaths, plugins: GatewayPluginResult[], now = new Date()): Promise<QuarantineOutcome[]> {
  const refused = plugins.filter((p) => p.status === 'refused' && p.origin !== 'bundled');
  if (refused.length === 0) return [];
  const lock = await acquireStateLock(paths, { command: 'gateway check --quarantine' });
  try {
    recoverInterrupted(paths);
    const ledger = readLedgerOrUndefined(paths);
    const loose = readLoose(paths);
    const outcomes: QuarantineOutcome[] = [];
    // Every rename and both records change together (journaled): a kill half way renames everything back.
    const planned: Array<{ p: GatewayPluginResult; from: string; to: string }> = [];
    const taken = new Set<string>();
    for (const p of refused) {
      const from = p.quarantineTarget;
      if (!fs.existsSync(from)) {
        outcomes.push({ id: p.id, from, error: 'already gone' });
        continue;
      }
      const to = quarantineName(from, taken);
      taken.add(to);
      planned.push({ p, from, to });
    }
    if (planned.length === 0) return outcomes;
    const staging = createStaging(paths);
    let commit: Commit | undefined;
    try {
      commit = beginCommit(paths, staging.dir, 'quarantine', QUARANTINE_JOURNAL, { files: [looseQuarantinePath(paths)], moves: planned.map(({ from, to }) => ({ from, to })) });
      planned.forEach(({ p, from, to }, i) => {
        try {
          commit!.move(i);
        } catch (err) {
          outcomes.push({ id: p.id, from, error: (err as Error).message });
          return;
        }
        faultPoint('gateway-quarantine:renamed');
        const record = { at: now.toISOString(), from, to, reasons: p.reasons.slice(0, 20) as GatewayReason[] };
        const entry = ledger?.plugins[p.id];
        if (entry && sameDir(entry.dir, from)) entry.quarantine = record;
        else loose.plugins[p.id] = { ...record, pluginId: p.id };
        outcomes.push({ id: p.id, from, to });
      });
      if (ledger) {
        writeLedger(paths, ledger);
        faultPoint('gateway-quarantine:ledger-written');
      }
      writeLoose(paths, loose);
      faultPoint('gateway-quarantine:records-written');
      commit.finish();
    } catch (err) {
      commit?.rollback();
      throw err;
    } finally {
      staging.dispose();
    }
    return outcomes;
  } finally {
    lock.release();
  }
}

/** Not a plugin dir: the journal names no manifest of its own (the `manifests/` path it snapshots never exists). */
const QUARANTINE_JOURNAL = '.gateway-quarantine';

function readLedgerOrUndefined(paths: StatePaths) {
  try {
    return readLedger(paths);
  } catch {
    // An unreadable ledger is itself a refusal reason; quarantine still works, recording on the side.
    return undefined;
  }
}

function sameDir(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export interface RestoreResult {
  id: string;
  from: string;
  to: string;
  check: GatewayPluginResult | undefined;
  restored: boolean;
}

/**
 * Undo a quarantine, but only into a state the gateway check accepts: rename back, check that plugin afresh
 * (deep: the files sat in a renamed directory for a while), and if it is still refused put it back in
 * quarantine. Refusal is exit 1 and leaves everything as it was.
 */
export async function restoreQuarantined(id: string, options: GatewayCheckOptions): Promise<RestoreResult> {
  const { paths } = options;
  const lock = await acquireStateLock(paths, { command: `plugins restore ${id}` });
  try {
    recoverInterrupted(paths);
    const ledger = readLedgerOrUndefined(paths);
    const loose = readLoose(paths);
    const entry = ledger?.plugins[id];
    const record: QuarantineRecord | undefined = entry?.quarantine ? { ...entry.quarantine, pluginId: id } : loose.plugins[id];
    if (!record) {
      const known = [...Object.values(ledger?.plugins ?? {}).filter((e) => e.quarantine).map((e) => e.pluginId), ...Object.keys(loose.plugins)];
      throw inputError('ENOTQUARANTINED', `no quarantined plugin with id "${id}"`, {
        hint: known.length ? `quarantined plugins: ${known.join(', ')}` : 'nothing is quarantined; `clawguard gateway check` lists plugin ids',
      });
    }
    if (!fs.existsSync(record.to)) throw operationalError('EQUARANTINE', `the quarantined copy of ${id} is gone from ${record.to}`, { hint: `re-install the plugin; then remove the stale record with a fresh install` });
    if (fs.existsSync(record.from)) throw operationalError('EQUARANTINE', `cannot restore ${id}: ${record.from} exists again`, { hint: `move ${record.from} aside first (it is not the quarantined copy)` });
    const staging = createStaging(paths);
    let commit: Commit | undefined;
    try {
      commit = beginCommit(paths, staging.dir, 'quarantine', QUARANTINE_JOURNAL, { files: [looseQuarantinePath(paths)], moves: [{ from: record.to, to: record.from }] });
      commit.move(0);
      faultPoint('restore:renamed-back');
      const result = await runGatewayCheck({ ...options, deep: true });
      // Restored means "not refused": ok, or inactive (OpenClaw would not load it anyway).
      const check = result.plugins.find((p) => sameDir(p.quarantineTarget, record.from) && p.status === 'refused') ?? result.plugins.find((p) => p.id === id && sameDir(p.quarantineTarget, record.from));
      if (check?.status === 'refused') {
        commit.rollback();
        commit = undefined;
        return { id, from: record.to, to: record.from, check, restored: false };
      }
      if (entry) delete entry.quarantine;
      delete loose.plugins[id];
      if (ledger && entry) {
        writeLedger(paths, ledger);
        faultPoint('restore:ledger-written');
      }
      writeLoose(paths, loose);
      faultPoint('restore:records-written');
      commit.finish();
      return { id, from: record.to, to: record.from, check, restored: true };
    } catch (err) {
      commit?.rollback();
      throw err;
    } finally {
      staging.dispose();
    }
  } finally {
    lock.release();
  }
}
