import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../report/types.js';
import { isPrivateGroupOfAgent } from './private-group.js';
import type { SkillSnapshot } from './snapshot.js';

/**
 * Findings about the skill folder itself rather than its text: who can rewrite it, where its links lead,
 * and what could not be read. These are what make an inspected skill stay the skill that was inspected.
 */
export interface HygieneOptions {
  /** The skill root the folder lives in: symlinks must resolve inside it. */
  root: string;
  /** Skill name recorded on findings. */
  name: string;
  /** uid the agent runs as (default: this process). Owners other than it and root are foreign. */
  uid?: number;
}

const isInside = (parent: string, child: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export function hygieneFindings(snapshot: SkillSnapshot, options: HygieneOptions): Finding[] {
  const findings: Finding[] = [];
  const uid = options.uid ?? process.getuid?.() ?? 0;
  const pkg = options.name;
  const rootReal = realOrResolved(options.root);

  for (const entry of snapshot.entries) {
    // Only the folder and SKILL.md decide what the model is told; a writable one lets any local user (or a
    // compromised service account) swap the instructions after they were inspected.
    const guarded = entry.rel === '' || entry.rel === 'SKILL.md';
    if (!guarded || entry.kind === 'symlink') continue;
    const label = entry.rel === '' ? 'skill folder' : 'SKILL.md';
    const file = entry.rel === '' ? '.' : entry.rel;
    const octal = `0${(entry.mode & 0o777).toString(8)}`;
    if (entry.mode & 0o002) {
      findings.push({
        ruleId: 'skill-world-writable',
        severity: 'critical',
        message: `${label} is world-writable (mode ${octal}): any local user can rewrite the instructions the agent follows`,
        package: pkg,
        file,
        evidence: `mode ${octal}`,
        remediation: `chmod o-w ${JSON.stringify(path.join(snapshot.dir, entry.rel))}`,
      });
    } else if (entry.mode & 0o020 && !isPrivateGroupOfAgent(entry.gid)) {
      findings.push({
        ruleId: 'skill-group-writable',
        severity: 'medium',
        message: `${label} is group-writable (mode ${octal}): members of its group can rewrite the instructions`,
        package: pkg,
        file,
        evidence: `mode ${octal}`,
        remediation: `chmod g-w ${JSON.stringify(path.join(snapshot.dir, entry.rel))}`,
      });
    }
    if (entry.uid !== uid && entry.uid !== 0) {
      findings.push({
        ruleId: 'skill-foreign-owner',
        severity: 'high',
        message: `${label} is owned by uid ${entry.uid}, not by the agent's user (uid ${uid}) or root: its owner can change it at any time`,
        package: pkg,
        file,
        evidence: `uid ${entry.uid}`,
        remediation: `chown ${uid} ${JSON.stringify(path.join(snapshot.dir, entry.rel))} if you trust its content, else remove the skill`,
      });
    }
  }

  // A link out of the root hands the agent files nobody inspected (or secrets: ~/.ssh, openclaw.json).
  const rootAbs = path.resolve(options.root);
  for (const entry of snapshot.entries) {
    if (entry.kind !== 'symlink' || entry.linkTarget === undefined) continue;
    const linkAbs = path.join(snapshot.dir, entry.rel);
    const lexical = path.resolve(path.dirname(linkAbs), entry.linkTarget);
    const resolved = realOrResolved(linkAbs);
    if (isInside(rootAbs, lexical) && isInside(rootReal, resolved)) continue;
    findings.push({
      ruleId: 'skill-symlink-escape',
      severity: 'high',
      message: `symlink ${entry.rel} points outside the skill root (${entry.linkTarget}): the agent would read a file nobody inspected`,
      package: pkg,
      file: entry.rel,
      evidence: `${entry.rel} -> ${entry.linkTarget}`,
      remediation: 'replace the link with a copy of the file, or remove it',
    });
  }
  // The skill folder itself may be a link placed in the root.
  const dirReal = realOrResolved(snapshot.dir);
  if (!isInside(rootReal, dirReal) && path.resolve(snapshot.dir) !== rootAbs) {
    findings.push({
      ruleId: 'skill-symlink-escape',
      severity: 'high',
      message: `skill folder is a symlink to ${dirReal}, outside the skill root ${options.root}`,
      package: pkg,
      file: '.',
      evidence: `${snapshot.dir} -> ${dirReal}`,
      remediation: 'copy the skill into the root instead of linking it',
    });
  }

  for (const u of snapshot.unreadable) {
    findings.push({
      ruleId: 'skill-unreadable-file',
      severity: 'high',
      message: `${u.rel} could not be read (${u.reason}), so it was not inspected`,
      package: pkg,
      file: u.rel,
      evidence: u.reason,
      remediation: 'make the file readable by this user and scan again, or remove it',
    });
  }
  if (snapshot.truncated) {
    findings.push({
      ruleId: 'skill-scan-truncated',
      severity: 'high',
      message: `the skill holds more than ${snapshot.entries.length} entries; the rest was not inspected`,
      package: pkg,
      file: '.',
      remediation: 'remove generated or vendored files from the skill folder',
    });
  }
  return findings;
}
