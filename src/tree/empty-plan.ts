import fs from 'node:fs';
import path from 'node:path';
import type { IdealTree } from './ideal-tree.js';
import type { NpmOptions } from './npmcli.js';
import { PLAN_PROJECT_NAME, planProjectManifest, type PluginManifest } from './plan-project.js';

/**
 * A plugin with nothing to resolve (no dependencies, no optional dependencies, no peers but the host or
 * optional ones) has a plan project that declares no dependency at all. Arborist's ideal tree of it is the
 * root alone, and its lockfile is fixed text that depends only on the `lockfile-version` setting: written
 * here without loading Arborist (~0.5 s of CPU), byte for byte what `buildIdealTree` writes
 * (test/tree/empty-plan.test.ts compares the two for every lockfile version).
 *
 * Anything that could make Arborist's answer differ (an error Arborist would raise: `global`, an invalid
 * `lockfileVersion` or `saveType`; a plan directory holding anything but its package.json; a path through
 * a symlink, which makes the root a link; `overrides` or `optionalDependencies` in the plan) is left to Arborist.
 */
export function emptyIdealTree(planDir: string, plugin: PluginManifest, npmOptions: NpmOptions): IdealTree | undefined {
  const project = planProjectManifest(plugin);
  if (Object.keys(project).join(',') !== 'name,version,private,dependencies') return undefined;
  if (Object.keys(project.dependencies as Record<string, string>).length > 0) return undefined;
  const lockfileVersion = lockfileVersionOf(npmOptions);
  if (lockfileVersion === undefined) return undefined;
  if (npmOptions.global || npmOptions.add || npmOptions.rm || npmOptions.update) return undefined;
  if (npmOptions.saveType !== undefined && npmOptions.saveType !== null && !SAVE_TYPES.has(String(npmOptions.saveType))) return undefined;
  try {
    if (fs.realpathSync(planDir) !== path.resolve(planDir)) return undefined;
    if (fs.readdirSync(planDir).join(',') !== 'package.json') return undefined;
  } catch {
    return undefined;
  }
  const lockfile = emptyPlanLockfile(lockfileVersion);
  fs.writeFileSync(path.join(planDir, 'package-lock.json'), lockfile, { mode: 0o600 });
  return { lockfile, packages: [], nonRegistry: [] };
}

/** Arborist's own `saveType` check (it throws on any other value). */
const SAVE_TYPES = new Set(['dev', 'optional', 'prod', 'peer', 'peerOptional']);

/** The lockfile version Arborist writes (unset: 3), or undefined for a value Arborist refuses. */
function lockfileVersionOf(npmOptions: NpmOptions): 1 | 2 | 3 | undefined {
  const lfv = npmOptions.lockfileVersion;
  if (lfv === undefined || lfv === null) return 3;
  return lfv === 1 || lfv === 2 || lfv === 3 ? lfv : undefined;
}

/** What Arborist's `root.meta.toString()` gives for the plan project with no dependency. */
export function emptyPlanLockfile(lockfileVersion: 1 | 2 | 3): string {
  const root = { name: PLAN_PROJECT_NAME, version: '0.0.0' };
  const lock = { ...root, lockfileVersion, requires: true, ...(lockfileVersion >= 2 ? { packages: { '': root } } : {}) };
  return `${JSON.stringify(lock, null, 2)}\n`;
}
