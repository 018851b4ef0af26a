import fs from 'node:fs';
import path from 'node:path';
import type { OpenClawConfig } from '../config/openclaw-config.js';
import { isSkippedByOpenClaw } from '../gateway/discovery.js';
import { STAGING_PREFIX } from './staging.js';

/**
 * What install and uninstall change in openclaw.json. OpenClaw loads every discovered global plugin while
 * `plugins.allow` is empty, so an install always leaves a non-empty allowlist naming the plugin; an operator
 * decision to disable (`entries.<id>.enabled: false`) is overridden because the contract says an install
 * enables what it installs (OpenClaw itself would keep it disabled; documented in docs/readme/install.md).
 */
export interface AllowChange {
  createdAllowlist: boolean;
  removedFromDeny: boolean;
  reEnabled: boolean;
}

export function allowPlugin(config: OpenClawConfig, pluginId: string): AllowChange {
  const plugins = (config.plugins ??= {});
  const createdAllowlist = !Array.isArray(plugins.allow) || plugins.allow.length === 0;
  if (!Array.isArray(plugins.allow)) plugins.allow = [];
  if (!plugins.allow.includes(pluginId)) plugins.allow.push(pluginId);
  let removedFromDeny = false;
  if (Array.isArray(plugins.deny) && plugins.deny.includes(pluginId)) {
    plugins.deny = plugins.deny.filter((id) => id !== pluginId);
    removedFromDeny = true;
  }
  const entries = (plugins.entries ??= {});
  const entry = (entries[pluginId] ??= {});
  const reEnabled = entry.enabled === false;
  entry.enabled = true;
  return { createdAllowlist, removedFromDeny, reEnabled };
}

/** Uninstall: the id leaves `plugins.allow` and `plugins.entries` (stale ids there make OpenClaw warn at startup). */
export function forgetPlugin(config: OpenClawConfig, pluginId: string): void {
  const plugins = config.plugins;
  if (!plugins) return;
  if (Array.isArray(plugins.allow)) plugins.allow = plugins.allow.filter((id) => id !== pluginId);
  if (plugins.entries && Object.prototype.hasOwnProperty.call(plugins.entries, pluginId)) delete plugins.entries[pluginId];
}

export interface DiscoveredPlugin {
  id: string;
  dir: string;
}

/** Plugins OpenClaw would discover under `<state>/extensions` (origin global): id from the manifest, else package name. */
export function discoverGlobalPlugins(extensionsDir: string): DiscoveredPlugin[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(extensionsDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: DiscoveredPlugin[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || isSkippedByOpenClaw(entry.name) || entry.name.startsWith(STAGING_PREFIX)) continue;
    const dir = path.join(extensionsDir, entry.name);
    const id = readId(path.join(dir, 'openclaw.plugin.json'), 'id') ?? readId(path.join(dir, 'package.json'), 'name');
    if (id) out.push({ id, dir });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function readId(file: string, key: string): string | undefined {
  try {
    const value = (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}
