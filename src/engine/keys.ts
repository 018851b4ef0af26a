/**
 * The result key: everything that decides what the engine says about a directory, and nothing that only
 * says where it sits. Same key in every caller for the same content, so their results are shared.
 *
 *   engine digest (code + rules) · target kind · package id · content sha256 · whether a top-level
 *   node_modules/ was left out · the registry manifest, only when it could change the result
 *
 * The registry manifest: the engine compares it with the tarball's package.json (manifest confusion:
 * install scripts, dependencies, optionalDependencies, bin, see src/inspect/analyzers/manifest.ts). When
 * those fields of both are equal (the normal case), the comparison cannot find anything and the result is
 * the one inspecting the directory alone gives (what the policy hook, which has no registry manifest,
 * computes): the key leaves the manifest out. When they differ, the key carries the registry's fields and
 * the result is not shared. A dependency path and a file location are placed on findings after a lookup,
 * never part of the key.
 */
import type { ContentDigest } from './content-digest.js';
import { engineDigest } from './engine-digest.js';
import { cacheKey, stableJson } from './result-cache.js';

export type TargetKind = 'package' | 'skill';

/** The manifest fields the engine's registry comparison reads. */
const COMPARED_FIELDS = ['name', 'scripts', 'dependencies', 'optionalDependencies', 'bin'] as const;

export function comparedManifestFields(manifest: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of COMPARED_FIELDS) if (manifest && manifest[field] !== undefined) out[field] = manifest[field];
  return out;
}

/** The registry-manifest part of a key: null when it agrees with the package.json on disk. */
export function registryManifestPart(registryManifest: Record<string, unknown> | undefined, packageJson: Record<string, unknown> | undefined): string | null {
  if (!registryManifest) return null;
  const reg = stableJson(comparedManifestFields(registryManifest));
  return packageJson && reg === stableJson(comparedManifestFields(packageJson)) ? null : reg;
}

export function resultKey(p: {
  kind: TargetKind;
  packageId: string;
  content: ContentDigest;
  excludeNodeModules: boolean;
  manifestPart: string | null;
  rulesDir?: string;
}): string {
  const nodeModules = p.excludeNodeModules && p.content.hasTopNodeModules ? 'without-node_modules' : 'all';
  return cacheKey(['result', engineDigest(p.rulesDir), p.kind, p.packageId, p.content.sha256, nodeModules, p.manifestPart]);
}

/** The tarball alias: verified tarball bytes + unpack limits → what unpacking them gave (no unpack on a hit). */
export function tarballKey(p: { sha512: string; packageId: string; unpackLimits: unknown; registryManifest: unknown; rulesDir?: string }): string {
  return cacheKey(['tarball', engineDigest(p.rulesDir), p.sha512, p.packageId, p.unpackLimits, comparedManifestFields(p.registryManifest as Record<string, unknown> | undefined)]);
}
