import fs from 'node:fs';
import path from 'node:path';
import type { OpenClawConfig } from '../config/openclaw-config.js';
import { isSkippedByOpenClaw } from '../gateway/discovery.js';
import { STAGING_PREFIX } from './staging.js';
import { inputError } from '../core/errors.js';

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

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isIdList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The parts of `plugins` an install or uninstall edits, with the types OpenClaw's schema gives them. A hand
 * edit that left `"plugins": []` would otherwise swallow the new allowlist (array properties are not
 * serialised): the install would report success while OpenClaw, seeing no allowlist, loads every plugin.
 */
export function pluginsSectionProblem(config: OpenClawConfig, pluginId?: string): string | undefined {
  const plugins = config.plugins as unknown;
  if (plugins === undefined) return undefined;
  if (!isPlainObject(plugins)) return `"plugins" must be an object, not ${JSON.stringify(plugins)?.slice(0, 60)}`;
  for (const key of ['allow', 'deny'] as const)
    if (plugins[key] !== undefined && !isIdList(plugins[key])) return `"plugins.${key}" must be an array of plugin ids, not ${JSON.stringify(plugins[key])?.slice(0, 60)}`;
  if (plugins.entries !== undefined) {
    if (!isPlainObject(plugins.entries)) return `"plugins.entries" must be an object, not ${JSON.stringify(plugins.entries)?.slice(0, 60)}`;
    const entry = pluginId !== undefined && Object.prototype.hasOwnProperty.call(plugins.entries, pluginId) ? plugins.entries[pluginId] : undefined;
    if (entry !== undefined && !isPlainObject(entry)) return `"plugins.entries.${pluginId}" must be an object, not ${JSON.stringify(entry)?.slice(0, 60)}`;
  }
  return undefined;
}

export function assertPluginsSection(config: OpenClawConfig, pluginId?: string, configPath = 'openclaw.json'): void {
  const problem = pluginsSectionProblem(config, pluginId);
  if (problem)
    throw inputError('ECONFIG', `OpenClaw config ${configPath}: ${problem}`, {
      hint: 'fix that key by hand (openclaw doctor reports schema errors too), then run the command again',
    });
}

export function allowPlugin(config: OpenClawConfig, pluginId: string): AllowChange {
  assertPluginsSection(config, pluginId);
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
  assertPluginsSection(config, pluginId);
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
