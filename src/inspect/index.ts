/**
 * The inspection engine's public API. OWNED BY THE ENGINE (issue 3); other stages call only these.
 * TEMPORARY minimal implementation until the engine lands: lifecycle scripts only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Finding, LifecycleScript } from '../report/types.js';

export interface InspectOptions {
  /** `name@version` recorded on every finding (skills: the skill name). */
  packageId?: string;
  /** Dependency path from the plugin (`plugin>dep>dep`), recorded on findings and scripts. */
  depPath?: string;
  /** The registry's manifest for this version, when inspecting a registry spec (manifest confusion). */
  registryManifest?: Record<string, unknown>;
  /** Files larger than this are reported (never silently skipped) instead of analysed. Default 5 MiB. */
  maxFileBytes?: number;
}

export interface PackageInspection {
  findings: Finding[];
  /** Every install-time script of this package (approved=false here; the installer decides approval). */
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
}

const INSTALL_EVENTS = ['preinstall', 'install', 'postinstall'] as const;

/** Inspect one unpacked npm package directory (the plugin itself or one dependency). Never executes package code. */
export async function inspectPackageDir(dir: string, options: InspectOptions = {}): Promise<PackageInspection> {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string; scripts?: Record<string, string> };
  const packageId = options.packageId ?? `${pkg.name}@${pkg.version}`;
  const lifecycleScripts: LifecycleScript[] = [];
  for (const event of INSTALL_EVENTS) {
    const command = pkg.scripts?.[event];
    if (typeof command === 'string')
      lifecycleScripts.push({ package: packageId, path: options.depPath ?? pkg.name ?? '', event, command, sha256: createHash('sha256').update(command).digest('hex'), approved: false });
  }
  return { findings: [], lifecycleScripts, files: 0, bytes: 0 };
}

/** Inspect one skill folder (SKILL.md and every file beside it). */
export async function inspectSkillDir(dir: string, options: InspectOptions = {}): Promise<PackageInspection> {
  void dir;
  void options;
  return { findings: [], lifecycleScripts: [], files: 0, bytes: 0 };
}
