import fs from 'node:fs';
import path from 'node:path';
import { inspectPackageDir } from '../inspect/index.js';
import type { Finding, LifecycleScript } from '../report/types.js';
import { findingsFromUnpackEvents } from '../unpack/events.js';
import { unpackHardened, type UnpackLimits } from '../unpack/unpack-hardened.js';
import { lifecycleScriptsOf } from './lifecycle-scripts.js';
import { packageDigest } from './package-digest.js';

export interface UnpackAndInspectJob {
  tarball: Uint8Array;
  dir: string;
  packageId: string;
  depPath: string;
  registryManifest: Record<string, unknown>;
  unpackLimits: Partial<UnpackLimits>;
}

export interface UnpackAndInspectResult {
  digest: string;
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
  /** sha256 of each file a finding is in: what suppressions are pinned to. */
  fileHashes: Record<string, string>;
}

/**
 * The CPU-bound half of inspecting one dependency (gunzip, hardened unpack, engine, content digest), run in
 * a worker thread by the pool. The unpacked copy is removed afterwards: the digest is all the install
 * check needs, and a large tree would otherwise sit on disk twice.
 */
export async function unpackAndInspect(job: UnpackAndInspectJob): Promise<UnpackAndInspectResult> {
  fs.mkdirSync(job.dir, { recursive: true, mode: 0o700 });
  try {
    const unpacked = await unpackHardened(Buffer.from(job.tarball.buffer, job.tarball.byteOffset, job.tarball.byteLength), job.dir, job.unpackLimits);
    const manifest = JSON.parse(fs.readFileSync(path.join(job.dir, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown>; gypfile?: unknown };
    const inspection = await inspectPackageDir(job.dir, { packageId: job.packageId, depPath: job.depPath, registryManifest: job.registryManifest });
    const findings = [...findingsFromUnpackEvents(unpacked.events, job.packageId), ...inspection.findings].map((f) => ({
      ...f,
      package: f.package ?? job.packageId,
      path: f.path ?? job.depPath,
    }));
    return {
      digest: packageDigest(job.dir),
      findings,
      lifecycleScripts: lifecycleScriptsOf(job.dir, manifest, job.packageId, job.depPath),
      files: inspection.files,
      bytes: inspection.bytes,
      fileHashes: Object.fromEntries(findings.flatMap((f) => (f.file && inspection.fileHashes[f.file] ? [[f.file, inspection.fileHashes[f.file]]] : []))),
    };
  } finally {
    fs.rmSync(job.dir, { recursive: true, force: true });
  }
}
