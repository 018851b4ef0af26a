import fs from 'node:fs';
import { readOpenClawConfig, type OpenClawConfig } from '../config/openclaw-config.js';
import { readLedger } from '../ledger/ledger.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { Severity, Verdict } from '../report/types.js';
import { pathsOf, type PluginCommandOptions } from './options.js';

/** Whether OpenClaw would let the plugin load, by the config alone (activation order of INSTALL_POLICY.md §7). */
export type AllowStatus = 'allowed' | 'plugins-disabled' | 'denied' | 'disabled' | 'not-in-allowlist' | 'allowlist-empty';

export interface ListedPlugin {
  id: string;
  name: string;
  version: string;
  source: LedgerEntry['source'];
  dir: string;
  integrity?: string;
  installedAt: string;
  verdict: Verdict;
  findings: Partial<Record<Severity, number>>;
  allowStatus: AllowStatus;
  /** False when the recorded directory is gone (removed by hand, or quarantined). */
  present: boolean;
  quarantined: boolean;
}

export interface PluginList {
  schemaVersion: 1;
  plugins: ListedPlugin[];
}

export function allowStatusOf(config: OpenClawConfig, id: string): AllowStatus {
  const plugins = config.plugins ?? {};
  if (plugins.enabled === false) return 'plugins-disabled';
  if (Array.isArray(plugins.deny) && plugins.deny.includes(id)) return 'denied';
  if (plugins.entries?.[id]?.enabled === false) return 'disabled';
  if (!Array.isArray(plugins.allow) || plugins.allow.length === 0) return 'allowlist-empty';
  return plugins.allow.includes(id) ? 'allowed' : 'not-in-allowlist';
}

/** `clawguard plugins list`: what the ledger records, with what the config says about each plugin. Read-only. */
export function listPlugins(options: PluginCommandOptions = {}): PluginList {
  const paths = pathsOf(options);
  const ledger = readLedger(paths);
  const config = readOpenClawConfig(paths.configPath).data;
  const plugins = Object.values(ledger.plugins)
    .sort((a, b) => a.pluginId.localeCompare(b.pluginId))
    .map((e) => ({
      id: e.pluginId,
      name: e.name,
      version: e.version,
      source: e.source,
      dir: e.dir,
      ...(e.integrity ? { integrity: e.integrity } : {}),
      installedAt: e.installedAt,
      verdict: e.verdict,
      findings: e.findings,
      allowStatus: allowStatusOf(config, e.pluginId),
      present: fs.existsSync(e.dir),
      quarantined: e.quarantine !== undefined,
    }));
  return { schemaVersion: 1, plugins };
}
