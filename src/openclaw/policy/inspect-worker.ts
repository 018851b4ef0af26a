/**
 * Worker thread for the policy's tree inspection: the engine is CPU-bound and synchronous, so a large
 * dependency tree only gets the machine's other cores through threads. One message in (a package dir),
 * one message out (the engine's result or its error text). Never executes package code.
 */
import { parentPort } from 'node:worker_threads';
import { inspectPackageDir, inspectSkillDir } from '../../inspect/index.js';

export interface WorkerJob {
  id: number;
  kind: 'package' | 'skill';
  dir: string;
  packageId: string;
  depPath?: string;
}

export type WorkerReply =
  | { id: number; ok: true; findings: unknown[]; files: number; bytes: number; fileHashes: Record<string, string> }
  | { id: number; ok: false; error: string };

parentPort?.on('message', async (job: WorkerJob) => {
  try {
    const res =
      job.kind === 'package'
        ? await inspectPackageDir(job.dir, { packageId: job.packageId, depPath: job.depPath, excludeNodeModules: true })
        : await inspectSkillDir(job.dir, { packageId: job.packageId });
    const reply: WorkerReply = { id: job.id, ok: true, findings: res.findings, files: res.files, bytes: res.bytes, fileHashes: res.fileHashes };
    parentPort!.postMessage(reply);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: (err as Error)?.message ?? String(err) } satisfies WorkerReply);
  }
});
