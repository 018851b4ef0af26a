import { execFileSync } from 'node:child_process';

export function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function currentBranch(cwd: string): string {
  return process.env.GITHUB_REF_NAME || git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
}

export function lastTag(cwd: string, prefix: string): string | null {
  try {
    return git(['describe', '--tags', '--abbrev=0', `--match=${prefix}*`], cwd) || null;
  } catch {
    return null;
  }
}

export interface RawCommit {
  hash: string;
  subject: string;
  body: string;
}

export function commitsSince(cwd: string, tag: string | null): RawCommit[] {
  const range = tag ? `${tag}..HEAD` : 'HEAD';
  const out = git(['log', range, '--format=%H%x1f%s%x1f%b%x1e'], cwd);
  return out
    .split('\x1e')
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const [hash, subject, body = ''] = chunk.split('\x1f');
      return { hash, subject, body: body.trim() };
    });
}

export function remoteSlug(cwd: string): { owner: string; repo: string } {
  if (process.env.GITHUB_REPOSITORY) {
    const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
    return { owner, repo };
  }
  const url = git(['config', '--get', 'remote.origin.url'], cwd);
  const m = url.match(/github\.com[:/]([^/]+)\/(.+?)(?:\.git)?$/);
  if (!m) throw new Error(`Cannot infer GitHub repository from remote "${url}"`);
  return { owner: m[1], repo: m[2] };
}

export function commitAndTag(cwd: string, version: string, tag: string, files: string[]): void {
  git(['add', ...files], cwd);
  git(['-c', 'user.name=relay-release-bot', '-c', 'user.email=relay-release-bot@users.noreply.github.com',
    'commit', '-m', `chore(release): ${version} [skip ci]`], cwd);
  git(['tag', '-a', tag, '-m', tag], cwd);
  git(['push', '--follow-tags', 'origin', 'HEAD'], cwd);
}
