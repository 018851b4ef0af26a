import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);

export async function git(cwd, ...args) {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 8 << 20 });
  return stdout.trim();
}

export async function repoInfo(cwd) {
  const url = await git(cwd, 'remote', 'get-url', 'origin');
  const m = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?$/.exec(url);
  if (!m) throw new Error(`cannot parse origin remote: ${url}`);
  const branch = await git(cwd, 'rev-parse', '--abbrev-ref', 'HEAD');
  const base = (await git(cwd, 'symbolic-ref', '--short', 'refs/remotes/origin/HEAD').catch(() => 'origin/main')).replace(/^origin\//, '');
  return { owner: m[1], repo: m[2], branch, base };
}

export async function commitsSince(cwd, base) {
  const log = await git(cwd, 'log', '--format=%s', `origin/${base}..HEAD`).catch(() => '');
  return log ? log.split('\n') : [];
}
