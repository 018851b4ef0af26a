import fs from 'node:fs';
import path from 'node:path';

/**
 * The npm project the dependency tree is resolved and installed in. It carries only the plugin's
 * production dependency declarations, so devDependencies are never resolved, fetched or installed, and
 * the plugin's own package.json (an inspected file) is never edited.
 *
 * Peers follow npm 11 (installed automatically, conflicts resolved by Arborist) with one exception: a
 * plugin's peer dependency on `openclaw` is the host that loads it, never a package to install beside it
 * (OpenClaw itself installs plugins with `--omit=peer` for that reason). Optional peers stay optional.
 */
const HOST_PEERS = new Set(['openclaw']);

export const PLAN_PROJECT_NAME = 'clawguard-dependency-plan';

export interface PluginManifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bundleDependencies?: string[] | boolean;
  bundledDependencies?: string[] | boolean;
  overrides?: Record<string, unknown>;
  scripts?: Record<string, string>;
  [key: string]: unknown;
}

export function readPluginManifest(pluginDir: string): PluginManifest {
  return JSON.parse(fs.readFileSync(path.join(pluginDir, 'package.json'), 'utf8')) as PluginManifest;
}

export function planProjectManifest(plugin: PluginManifest): Record<string, unknown> {
  const dependencies: Record<string, string> = { ...(plugin.dependencies ?? {}) };
  for (const [name, range] of Object.entries(plugin.peerDependencies ?? {})) {
    if (HOST_PEERS.has(name) || plugin.peerDependenciesMeta?.[name]?.optional) continue;
    if (!(name in dependencies)) dependencies[name] = range;
  }
  return {
    name: PLAN_PROJECT_NAME,
    version: '0.0.0',
    private: true,
    dependencies,
    ...(plugin.optionalDependencies ? { optionalDependencies: plugin.optionalDependencies } : {}),
    ...(plugin.overrides ? { overrides: plugin.overrides } : {}),
  };
}

/** Create the plan project under `workDir` and return its path. */
export function writePlanProject(workDir: string, plugin: PluginManifest): string {
  const planDir = path.join(workDir, 'plan');
  fs.mkdirSync(planDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(planDir, 'package.json'), `${JSON.stringify(planProjectManifest(plugin), null, 2)}\n`, { mode: 0o600 });
  return planDir;
}
