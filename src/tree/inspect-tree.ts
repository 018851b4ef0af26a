import fs from 'node:fs';
import path from 'node:path';
import { fetchPackument, fetchTarball } from '../fetch/registry.js';
import { inspectPackageDir } from '../inspect/index.js';
import type { Finding, LifecycleScript } from '../report/types.js';
import { registryFor } from '../resolve/npm-config.js';
import { findingsFromUnpackEvents } from '../unpack/events.js';
import { unpackHardened, type UnpackLimits } from '../unpack/unpack-hardened.js';
import type { PlannedPackage } from './ideal-tree.js';
import { lifecycleScriptsOf } from './lifecycle-scripts.js';
import type { NpmOptions } from './npmcli.js';
import { packageDigest } from './package-digest.js';
import { packageTrust, registrySignatureSupport, type PackageTrust, type SignatureSupport } from './registry-trust.js';

/** One dependency after inspection: what the report, the install check and the ledger need. */
export interface InspectedPackage extends PlannedPackage {
  /** Content digest of the inspected copy; the installed copy must match it. */
  digest: string;
  trust: PackageTrust;
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
}

export interface TreeInspection {
  packages: InspectedPackage[];
  signatures: SignatureSupport[];
}

/** Parallel downloads: npm's own default is 16 sockets; 8 keeps a 2-core machine responsive while unpacking. */
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
  const worker = async () => {
    while (next < planned.length) {
      const index = next++;
      results[index] = await inspectOne(planned[index], path.join(scratchDir, String(index)), npmOptions, await supportFor(planned[index].name), unpackLimits);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, planned.length) }, worker));
  return { packages: results, signatures: await Promise.all(supportByRegistry.values()) };
}

async function inspectOne(
  pkg: PlannedPackage,
  dir: string,
  npmOptions: NpmOptions,
  support: SignatureSupport,
  unpackLimits: Partial<UnpackLimits>,
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
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    const unpacked = await unpackHardened(tarball, dir, unpackLimits);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown>; gypfile?: unknown };
    const packageId = `${pkg.name}@${pkg.version}`;
    const inspection = await inspectPackageDir(dir, { packageId, depPath: pkg.depPath, registryManifest });
    const findings = [...findingsFromUnpackEvents(unpacked.events, packageId), ...inspection.findings].map((f) => ({
      ...f,
      package: f.package ?? packageId,
      path: f.path ?? pkg.depPath,
    }));
    return {
      ...pkg,
      digest: packageDigest(dir),
      trust,
      findings,
      lifecycleScripts: lifecycleScriptsOf(dir, manifest, packageId, pkg.depPath),
      files: inspection.files,
      bytes: inspection.bytes,
    };
  } finally {
    // The digest is all the install check needs; large trees would otherwise hold two copies on disk.
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
