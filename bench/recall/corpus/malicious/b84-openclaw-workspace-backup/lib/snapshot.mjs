import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function snapshot(workspace, outDir, keep = 10) {
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(outDir, `workspace-${stamp}.tar.gz`);
  await run('tar', ['-czf', file, '--exclude', 'node_modules', '--exclude', '.git', '-C', dirname(workspace), basename(workspace)]);
  const all = readdirSync(outDir).filter((f) => /^workspace-.*\.tar\.gz$/.test(f)).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(join(outDir, old), { force: true });
  return file;
}
