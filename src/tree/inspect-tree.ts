import fs from 'node:fs';
import path from 'node:path';
import { fetchPackument, fetchTarball } from '../fetch/registry.js';
import type { Finding, LifecycleScript } from '../report/types.js';
import { registryFor } from '../resolve/npm-config.js';
import type { UnpackLimits } from '../unpack/unpack-hardened.js';
import type { PlannedPackage } from './ideal-tree.js';
import type { NpmOptions } from './npmcli.js';
import { inspectionCacheFor, inspectionCacheKey, sha512Of, type InspectionCache } from './inspection-cache.js';
import type { UnpackAndInspectResult } from './unpack-and-inspect.js';
import { InspectionPool } from './worker-pool.js';
import { packageTrust, registrySignatureSupport, type PackageTrust, type SignatureSupport } from './registry-trust.js';

/** One dependency after inspection: what the report, the install check and the ledger need. */
export interface InspectedPackage extends PlannedPackage {
  /** Content digest of the inspected copy; the installed copy must match it. */
  digest: string;
  /** The verified tarball that was inspected, kept for the install (no second download). */
  tarballPath: string;
  trust: PackageTrust;
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  /** sha256 of each file a finding is in (suppressions are pinned to it). */
  fileHashes?: Record<string, string>;
  files: number;
  bytes: number;
}

export interface TreeInspection {
  packages: InspectedPackage[];
  signatures: SignatureSupport[];
}

/** Parallel downloads: npm's own default is 16 sockets; unpacking and inspection go to the worker pool. */
const CONCURRENCY = 8;

/**
 * Fetch every package of the planned tree exactly once (through the npm cache, verified against the
 * lockfile's integrity), unpack it hardened into scratch space, and run the inspection engine on it.
 * Nothing here executes package code.
 */
export async function inspectTree(
  planned: PlannedPackage[],
  scratchDir: string,
  npmOptions: NpmOptions,
  unpackLimits: Partial<UnpackLimits> = {},
): Promise<TreeInspection> {
  const supportByRegistry = new Map<string, Promise<SignatureSupport>>();
  const supportFor = (name: string) => {
    const registry = registryFor(name, npmOptions as Parameters<typeof registryFor>[1]);
    let support = supportByRegistry.get(registry);
    if (!support) supportByRegistry.set(registry, (support = registrySignatureSupport(registry)));
    return support;
  };
  const results: InspectedPackage[] = new Array(planned.length);
  let next = 0;
  const pool = new InspectionPool(planned.length > 1 ? undefined : 0);
  const cache = inspectionCacheFor(npmOptions.cache);
  const worker = async () => {
    while (next < planned.length) {
      const index = next++;
      results[index] = await inspectOne(planned[index], path.join(scratchDir, String(index)), npmOptions, await supportFor(planned[index].name), unpackLimits, pool, cache);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, planned.length) }, worker));
  } finally {
    await pool.close();
  }
  return { packages: results, signatures: await Promise.all(supportByRegistry.values()) };
}

async function inspectOne(
  pkg: PlannedPackage,
  dir: string,
  npmOptions: NpmOptions,
  support: SignatureSupport,
  unpackLimits: Partial<UnpackLimits>,
  pool: InspectionPool,
  cache?: InspectionCache,
): Promise<InspectedPackage> {
  const options = npmOptions as Parameters<typeof fetchPackument>[1];
  const registry = registryFor(pkg.name, options);
  const packument = await fetchPackument(pkg.name, options);
  const registryManifest = (packument.versions[pkg.version] ?? {}) as Record<string, unknown>;
  // The tarball is the one the lockfile pinned (URL and integrity), never re-resolved from the packument.
  const tarball = await fetchTarball(
    { name: pkg.name, version: pkg.version, integrity: pkg.integrity, resolved: pkg.resolved, registry, registryManifest, packument },
    options,
  );
  const trust = await packageTrust(pkg.name, pkg.version, packument, npmOptions, support);
  const tarballPath = `${dir}.tgz`;
  fs.mkdirSync(path.dirname(tarballPath), { recursive: true, mode: 0o700 });
  fs.writeFileSync(tarballPath, tarball, { mode: 0o600 });
  const packageId = `${pkg.name}@${pkg.version}`;
  // Keyed by the sha512 of the verified bytes in hand: a hit is the result of inspecting exactly these bytes.
  const key = cache && inspectionCacheKey({ kind: 'tree-package', sha512: sha512Of(tarball), packageId, depPath: pkg.depPath, registryManifest, unpackLimits });
  let inspected = cache && key ? cache.get<UnpackAndInspectResult>(key) : undefined;
  if (!inspected) {
    inspected = await pool.run({ tarball, dir, packageId, depPath: pkg.depPath, registryManifest, unpackLimits });
    if (cache && key) cache.set(key, inspected);
  }
  return { ...pkg, trust, tarballPath, ...inspected };
}
