/**
 * Symlinks that leave the directory being installed. A plugin or skill that ships `config -> ~/.openclaw` or
 * `data -> /etc` gets OpenClaw (or the agent following the skill) to read or write outside what was reviewed,
 * and a link swapped in after review redirects what loads. Links are read, never followed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../report/types.js';

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Enough for any real package tree; a hostile one with millions of entries is cut off, not walked forever. */
const MAX_ENTRIES = 200_000;

export function symlinkEscapes(root: string, options: { maxEntries?: number } = {}): Finding[] {
  const findings: Finding[] = [];
  const realRoot = fs.realpathSync(root);
  const stack = [''];
  let seen = 0;
  const max = options.maxEntries ?? MAX_ENTRIES;
  while (stack.length) {
    const rel = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > max) {
        findings.push({
          ruleId: 'clawguard.too-many-entries',
          severity: 'high',
          message: `more than ${max} files and directories; the symlink check stopped there`,
        });
        return findings;
      }
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) stack.push(child);
      else if (entry.isSymbolicLink()) {
        const full = path.join(root, child);
        const target = fs.readlinkSync(full);
        const lexical = path.resolve(path.dirname(path.join(realRoot, child)), target);
        let real = lexical;
        try {
          real = fs.realpathSync(full);
        } catch {
          // dangling: judge the lexical target
        }
        if (!isInside(realRoot, lexical) || !isInside(realRoot, real))
          findings.push({
            ruleId: 'clawguard.symlink-escape',
            severity: 'critical',
            message: `symlink ${child} points outside the directory being installed (-> ${target})`,
            file: child,
            remediation: 'replace the link with the file it points to, or remove it',
          });
      }
    }
  }
  return findings.sort((a, b) => (a.file! < b.file! ? -1 : a.file! > b.file! ? 1 : 0));
}
