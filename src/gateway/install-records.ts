/**
 * OpenClaw's own install records (plugins it installed itself: npm projects under `<state>/npm/projects/…`,
 * git checkouts under `<state>/git/…`, path/archive installs). OpenClaw discovers plugins through these paths
 * without scanning their parent roots, so a guard that only scanned `extensions/` would miss them.
 *
 * 2026.9.6 keeps them in `<state>/state/openclaw.sqlite`, table `config_machine_state`, row
 * `plugins.installedIndex`, JSON `value_json.index.installRecords`; `<state>/plugins/installs.json` is the
 * legacy file. Read with sql.js (wasm): no native build, and the database is opened from a copy of its bytes,
 * so OpenClaw's WAL and locks are never touched.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface OpenClawInstallRecord {
  source?: string;
  spec?: string;
  installPath?: string;
  sourcePath?: string;
  version?: string;
  resolvedName?: string;
  resolvedVersion?: string;
  integrity?: string;
  gitUrl?: string;
  gitCommit?: string;
  [key: string]: unknown;
}

export interface InstallRecordsRead {
  records: Record<string, OpenClawInstallRecord>;
  /** Where they came from (for messages), or undefined when there are none. */
  from?: string;
  /** Set when a store exists but cannot be read: discovery is then incomplete and the check must say so. */
  problem?: string;
}

export const INSTALLED_INDEX_STATE_KEY = 'plugins.installedIndex';

export function openClawStateDbPath(stateDir: string): string {
  return path.join(stateDir, 'state', 'openclaw.sqlite');
}

export async function readOpenClawInstallRecords(stateDir: string): Promise<InstallRecordsRead> {
  const dbPath = openClawStateDbPath(stateDir);
  if (fs.existsSync(dbPath)) {
    try {
      const value = await readStateRow(dbPath, INSTALLED_INDEX_STATE_KEY);
      if (value === undefined) return legacyOr(stateDir, { records: {}, from: dbPath });
      return { records: recordsFromIndexValue(value), from: dbPath };
    } catch (err) {
      return { records: {}, from: dbPath, problem: `cannot read OpenClaw install records from ${dbPath}: ${(err as Error).message}` };
    }
  }
  return legacyOr(stateDir, { records: {} });
}

function legacyOr(stateDir: string, fallback: InstallRecordsRead): InstallRecordsRead {
  const legacy = path.join(stateDir, 'plugins', 'installs.json');
  if (!fs.existsSync(legacy)) return fallback;
  try {
    const data = JSON.parse(fs.readFileSync(legacy, 'utf8')) as Record<string, unknown>;
    const map = (data.installRecords ?? data.installs ?? data.records ?? data) as unknown;
    return { records: sanitizeRecordMap(map), from: legacy };
  } catch (err) {
    return { ...fallback, problem: `cannot read OpenClaw legacy install records ${legacy}: ${(err as Error).message}` };
  }
}

function recordsFromIndexValue(value: unknown): Record<string, OpenClawInstallRecord> {
  if (value === null || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const index = (v.index && typeof v.index === 'object' ? v.index : v) as Record<string, unknown>;
  if (index.installRecords !== undefined) return sanitizeRecordMap(index.installRecords);
  // Older index rows carried the record on each plugin entry.
  const out: Record<string, OpenClawInstallRecord> = {};
  if (Array.isArray(index.plugins))
    for (const p of index.plugins as Array<Record<string, unknown>>)
      if (p && typeof p.pluginId === 'string' && p.installRecord && typeof p.installRecord === 'object') out[p.pluginId] = p.installRecord as OpenClawInstallRecord;
  return out;
}

function sanitizeRecordMap(map: unknown): Record<string, OpenClawInstallRecord> {
  const out: Record<string, OpenClawInstallRecord> = {};
  if (map === null || typeof map !== 'object' || Array.isArray(map)) return out;
  for (const [id, rec] of Object.entries(map as Record<string, unknown>))
    if (rec !== null && typeof rec === 'object' && !Array.isArray(rec)) out[id] = rec as OpenClawInstallRecord;
  return out;
}

type SqlJsStatic = { Database: new (data?: Uint8Array) => SqlJsDatabase };
interface SqlJsDatabase {
  exec(sql: string, params?: unknown[]): Array<{ columns: string[]; values: unknown[][] }>;
  close(): void;
}
let sqlJs: Promise<SqlJsStatic> | undefined;

function loadSqlJs(): Promise<SqlJsStatic> {
  if (!sqlJs) {
    const require = createRequire(import.meta.url);
    const init = require('sql.js') as (config?: { locateFile?: (f: string) => string }) => Promise<SqlJsStatic>;
    const dist = path.dirname(require.resolve('sql.js'));
    sqlJs = init({ locateFile: (f: string) => path.join(dist, f) });
  }
  return sqlJs;
}

/** The parsed `value_json` of one `config_machine_state` row, or undefined when the table or row is absent. */
export async function readStateRow(dbPath: string, stateKey: string): Promise<unknown> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(new Uint8Array(fs.readFileSync(dbPath)));
  try {
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type='table' AND name='config_machine_state'");
    if (tables.length === 0 || tables[0].values.length === 0) return undefined;
    const rows = db.exec('SELECT value_json FROM config_machine_state WHERE state_key = ?', [stateKey]);
    if (rows.length === 0 || rows[0].values.length === 0) return undefined;
    const raw = rows[0].values[0][0];
    return typeof raw === 'string' ? JSON.parse(raw) : raw;
  } finally {
    db.close();
  }
}
