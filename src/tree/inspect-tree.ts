import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_TARBALL_BYTES, fetchPackument, fetchTarball } from '../fetch/registry.js';
import { readStoredTarball, storeTarball, tarballStoreDir } from '../install/tarball-store.js';
import type { Finding, LifecycleScript } from '../report/types.js';
import { registryFor } from '../resolve/npm-config.js';
import type { UnpackLimits } from '../unpack/unpack-hardened.js';
import type { PlannedPackage } from './ideal-tree.js';
import type { ProgressDetail } from '../core/progress.js';
import type { NpmOptions } from './npmcli.js';
import { InspectionService, withDepPath } from '../engine/index.js';
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
  onProgress?: (message: string, detail?: ProgressDetail) => void,
): Promise<TreeInspection> {
  // Counts for a progress bar; the callback may throw (Ctrl-C), which stops the workers like any failure.
  const done = { packages: 0, bytes: 0 };
  const tick = (pkg: PlannedPackage, bytes: number) => {
    done.packages += 1;
    done.bytes += bytes;
    onProgress?.(`inspected ${pkg.name}@${pkg.version}`, { stage: 'inspect', done: done.packages, total: planned.length, bytes: done.bytes });
  };
  const supportByRegistry = new Map<string, Promise<SignatureSupport>>();
  const supportFor = (name: string) => {
    const registry = registryFor(name, npmOptions as Parameters<typeof registryFor>[1]);
    let support = supportByRegistry.get(registry);
    if (!support) supportByRegistry.set(registry, (support = registrySignatureSupport(registry)));
    return support;
  };
  const results: InspectedPackage[] = new Array(planned.length);
  let next = 0;
  const engine = new InspectionService({ expectedJobs: planned.length });
  const worker = async () => {
    while (next < planned.length) {
      const index = next++;
      results[index] = await inspectOne(planned[index], path.join(scratchDir, String(index)), npmOptions, await supportFor(planned[index].name), unpackLimits, engine);
      tick(planned[index], results[index].bytes);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, planned.length) }, worker));
  } finally {
    await engine.close();
  }
  return { packages: results, signatures: await Promise.all(supportByRegistry.values()) };
}

async function inspectOne(
  pkg: PlannedPackage,
  dir: string,
  npmOptions: NpmOptions,
  support: SignatureSupport,
  unpackLimits: Partial<UnpackLimits>,
  engine: InspectionService,
): Promise<InspectedPackage> {
  const options = npmOptions as Parameters<typeof fetchPackument>[1];
  const registry = registryFor(pkg.name, options);
  const packument = await fetchPackument(pkg.name, options);
  const registryManifest = (packument.versions[pkg.version] ?? {}) as Record<string, unknown>;
  // The tarball is the one the lockfile pinned (URL and integrity), never re-resolved from the packument:
  // the bytes verified against that integrity before (tarball store, by sha512), else downloaded and kept.
  const store = tarballStoreDir(typeof npmOptions.cache === 'string' ? npmOptions.cache : undefined);
  let tarball = readStoredTarball(store, pkg.integrity, DEFAULT_MAX_TARBALL_BYTES);
  if (!tarball) {
    tarball = await fetchTarball({ name: pkg.name, version: pkg.version, integrity: pkg.integrity, resolved: pkg.resolved, registry, registryManifest, packument }, options);
    storeTarball(store, pkg.integrity, tarball);
  }
  const trust = await packageTrust(pkg.name, pkg.version, packument, npmOptions, support);
  const tarballPath = `${dir}.tgz`;
  fs.mkdirSync(path.dirname(tarballPath), { recursive: true, mode: 0o700 });
  fs.writeFileSync(tarballPath, tarball, { mode: 0o600 });
  const packageId = `${pkg.name}@${pkg.version}`;
  // The service keys its cache by the verified bytes in hand and by their content (shared with every caller).
  const inspected = await engine.inspectTarball({ tarball, dir, packageId, registryManifest, unpackLimits });
  return {
    ...pkg,
    trust,
    tarballPath,
    digest: inspected.digest,
    findings: withDepPath(inspected.findings, pkg.depPath),
    lifecycleScripts: withDepPath(inspected.lifecycleScripts, pkg.depPath),
    files: inspected.files,
    bytes: inspected.bytes,
    fileHashes: inspected.fileHashes,
  };
}
