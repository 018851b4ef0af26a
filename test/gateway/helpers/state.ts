/**
 * Build OpenClaw state dirs for gateway tests directly on disk: plugin directories, openclaw.json, OpenClaw's
 * SQLite install records, and clawguard ledger entries recorded with the real manifest builder.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { resolveStatePaths, type StatePaths } from '../../../src/core/state.js';
import { readLedger, writeLedger } from '../../../src/ledger/ledger.js';
import { buildIntegrityManifest, saveIntegrityManifest } from '../../../src/ledger/manifest.js';
import type { LedgerEntry } from '../../../src/ledger/types.js';

export interface PluginSpec {
  id: string;
  /** Extra files (relative path → content). */
  files?: Record<string, string>;
  kind?: string;
  enabledByDefault?: boolean;
  name?: string;
}

/** A minimal valid OpenClaw plugin (package.json with openclaw.extensions + openclaw.plugin.json). */
export function writePlugin(dir: string, spec: PluginSpec): string {
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true, mode: 0o755 });
  const name = spec.name ?? spec.id;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', type: 'module', openclaw: { extensions: ['./dist/index.js'] } }, null, 2), { mode: 0o644 });
  const manifest: Record<string, unknown> = { id: spec.id, configSchema: { type: 'object', additionalProperties: false } };
  if (spec.kind) manifest.kind = spec.kind;
  if (spec.enabledByDefault) manifest.enabledByDefault = true;
  fs.writeFileSync(path.join(dir, 'openclaw.plugin.json'), JSON.stringify(manifest, null, 2), { mode: 0o644 });
  fs.writeFileSync(path.join(dir, 'dist/index.js'), `export default { id: ${JSON.stringify(spec.id)}, register() {} };\n`, { mode: 0o644 });
  for (const [rel, content] of Object.entries(spec.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dir, rel), content, { mode: 0o644 });
  }
  fs.chmodSync(dir, 0o755);
  return dir;
}

export function statePaths(stateDir: string): StatePaths {
  return resolveStatePaths({ stateDir, env: {} });
}

export function writeConfig(stateDir: string, config: unknown): void {
  fs.writeFileSync(path.join(stateDir, 'openclaw.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
}

/** Record a plugin directory in the clawguard ledger the way install does (manifest taken in place). */
export async function recordPlugin(stateDir: string, id: string, dir: string, kind: LedgerEntry['source']['kind'] = 'directory'): Promise<LedgerEntry> {
  const paths = statePaths(stateDir);
  const manifest = await buildIntegrityManifest(dir);
  const dirName = path.basename(dir);
  const saved = saveIntegrityManifest(paths.clawguardDir, dirName, manifest);
  const ledger = readLedger(paths);
  const entry: LedgerEntry = {
    pluginId: id,
    dirName,
    dir,
    source: { kind, spec: kind === 'registry' ? `${id}@1.0.0` : dir },
    name: id,
    version: '1.0.0',
    installedAt: new Date().toISOString(),
    verdict: 'allow',
    findings: {},
    manifestSha256: saved.sha256,
  };
  ledger.plugins[id] = entry;
  writeLedger(paths, ledger);
  return entry;
}

/** Install a plugin into `<state>/extensions/<id>` and record it: what a finished clawguard install leaves. */
export async function installedPlugin(stateDir: string, spec: PluginSpec): Promise<string> {
  const dir = writePlugin(path.join(stateDir, 'extensions', spec.id), spec);
  await recordPlugin(stateDir, spec.id, dir, 'registry');
  return dir;
}

/** OpenClaw's install records, stored as 2026.9.6 stores them (SQLite, `config_machine_state`). */
export async function writeInstallRecordsDb(stateDir: string, records: Record<string, Record<string, unknown>>): Promise<void> {
  const require = createRequire(import.meta.url);
  const init = require('sql.js') as () => Promise<{ Database: new () => { exec(sql: string, params?: unknown[]): unknown; export(): Uint8Array; close(): void } }>;
  const SQL = await init();
  const db = new SQL.Database();
  db.exec('CREATE TABLE config_machine_state (state_key TEXT PRIMARY KEY, value_json TEXT NOT NULL, updated_at INTEGER)');
  const value = JSON.stringify({ revision: 1, index: { version: 1, installRecords: records, plugins: [], diagnostics: [] } });
  db.exec('INSERT INTO config_machine_state (state_key, value_json, updated_at) VALUES (?, ?, ?)', ['plugins.installedIndex', value, 1]);
  fs.mkdirSync(path.join(stateDir, 'state'), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(stateDir, 'state', 'openclaw.sqlite'), Buffer.from(db.export()), { mode: 0o600 });
  db.close();
}

/** Reasons of one plugin in `gateway check --json` output, as `code` strings. */
export function codesOf(json: { plugins: Array<{ id: string; status: string; reasons: Array<{ code: string }> }> }, id: string, dirIncludes?: string): { status: string; codes: string[] } {
  const p = json.plugins.find((x) => x.id === id && (dirIncludes === undefined || (x as unknown as { dir: string }).dir.includes(dirIncludes)));
  if (!p) throw new Error(`plugin ${id} not in output: ${JSON.stringify(json)}`);
  return { status: p.status, codes: p.reasons.map((r) => r.code) };
}
