import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LifecycleScript } from '../report/types.js';

/** The events npm runs when a registry package is installed, in the order it runs them. */
export const INSTALL_EVENTS = ['preinstall', 'install', 'postinstall'] as const;

/** What npm runs for a package that ships `binding.gyp` and declares no install script of its own. */
export const IMPLICIT_GYP_COMMAND = 'node-gyp rebuild';

export function scriptSha256(command: string): string {
  return createHash('sha256').update(command).digest('hex');
}

/**
 * Every command npm would run when installing this package. `binding.gyp` is included because npm runs
 * `node-gyp rebuild` for it although no script is written anywhere: an attacker's build file executes
 * arbitrary commands (gyp `<!(...)` expansions) with no `scripts` entry to review. `prepare` runs for git
 * dependencies only (npm packs them), so it is listed only for those.
 */
export function lifecycleScriptsOf(
  dir: string,
  manifest: { scripts?: Record<string, unknown>; gypfile?: unknown },
  packageId: string,
  depPath: string,
  options: { gitDependency?: boolean } = {},
): LifecycleScript[] {
  const scripts = manifest.scripts ?? {};
  const out: LifecycleScript[] = [];
  const add = (event: string, command: string) =>
    out.push({ package: packageId, path: depPath, event, command, sha256: scriptSha256(command), approved: false });
  if (options.gitDependency && typeof scripts.prepare === 'string') add('prepare', scripts.prepare);
  for (const event of INSTALL_EVENTS) if (typeof scripts[event] === 'string') add(event, scripts[event] as string);
  const hasOwnInstall = typeof scripts.install === 'string' || typeof scripts.preinstall === 'string';
  if (!hasOwnInstall && manifest.gypfile !== false && fs.existsSync(path.join(dir, 'binding.gyp'))) add('install', IMPLICIT_GYP_COMMAND);
  return out;
}

/** Stable identity of one script: approvals, the ledger and reports all use it. */
export function scriptKey(script: Pick<LifecycleScript, 'package' | 'event' | 'sha256'>): string {
  return `${script.package}:${script.event}:${script.sha256}`;
}
