import type { RawCommit } from './git';

export type Bump = 'major' | 'minor' | 'patch' | null;

export interface ParsedCommit {
  hash: string;
  type: string;
  scope?: string;
  subject: string;
  breaking: boolean;
}

const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;

export function parse(commits: RawCommit[]): ParsedCommit[] {
  const out: ParsedCommit[] = [];
  for (const c of commits) {
    const m = c.subject.match(HEADER);
    if (!m) continue;
    out.push({
      hash: c.hash,
      type: m[1].toLowerCase(),
      scope: m[2],
      subject: m[4],
      breaking: Boolean(m[3]) || /^BREAKING[ -]CHANGE:/m.test(c.body),
    });
  }
  return out;
}

export function bumpFor(commits: ParsedCommit[]): Bump {
  if (commits.some((c) => c.breaking)) return 'major';
  if (commits.some((c) => c.type === 'feat')) return 'minor';
  if (commits.some((c) => c.type === 'fix' || c.type === 'perf')) return 'patch';
  return null;
}

export function nextVersion(current: string, bump: Exclude<Bump, null>): string {
  const [maj, min, pat] = current.split('-')[0].split('.').map(Number);
  if (bump === 'major') return maj === 0 ? `0.${min + 1}.0` : `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}
