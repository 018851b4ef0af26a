import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedCommit } from './commits';

const SECTIONS: Array<[string, string]> = [
  ['feat', 'Features'],
  ['fix', 'Bug Fixes'],
  ['perf', 'Performance Improvements'],
  ['revert', 'Reverts'],
];

export function renderNotes(version: string, commits: ParsedCommit[], repoUrl: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const lines = [`## ${version} (${date})`, ''];
  const breaking = commits.filter((c) => c.breaking);
  if (breaking.length) {
    lines.push('### ⚠ BREAKING CHANGES', '');
    for (const c of breaking) lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject}`);
    lines.push('');
  }
  for (const [type, title] of SECTIONS) {
    const group = commits.filter((c) => c.type === type);
    if (!group.length) continue;
    lines.push(`### ${title}`, '');
    for (const c of group) {
      const short = c.hash.slice(0, 7);
      lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} ([${short}](${repoUrl}/commit/${c.hash}))`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function prependChangelog(cwd: string, notes: string): string {
  const file = join(cwd, 'CHANGELOG.md');
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, `${notes}\n${prev}`);
  return 'CHANGELOG.md';
}
