/**
 * Run the built engine (dist/, built by the global setup) in a child process as `nobody`: tests run as root in
 * CI, and root reads every file whatever its mode, so "unreadable" cases need a user who cannot read.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Finding } from '../../src/report/types.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

/** inspectPackageDir / inspectSkillDir of `dir`, as uid/gid 65534. `dir` and its parents must be searchable by others. */
export function inspectAsNobody(dir: string, kind: 'package' | 'skill', options: Record<string, unknown> = {}): Finding[] {
  const script = `import { inspectPackageDir, inspectSkillDir } from ${JSON.stringify(path.join(repoRoot, 'dist/inspect/index.js'))};
const r = await (${JSON.stringify(kind)} === 'package' ? inspectPackageDir : inspectSkillDir)(${JSON.stringify(dir)}, ${JSON.stringify(options)});
process.stdout.write(JSON.stringify(r.findings));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { uid: NOBODY, gid: NOBODY, encoding: 'utf8', cwd: '/', env: { PATH: process.env.PATH } });
  if (r.status !== 0) throw new Error(`inspection as nobody failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Finding[];
}
