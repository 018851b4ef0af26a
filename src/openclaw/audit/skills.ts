/**
 * The skill part of the audit. A workspace skill whose SKILL.md resolves outside the workspace (a symlink to
 * a shared or attacker-placed folder) is instructions the agent follows that nobody reviewed where they
 * live; quarantined skills are blocked skills waiting for a decision.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenClawConfig } from '../../config/openclaw-config.js';
import type { StatePaths } from '../../core/state.js';
import { skillsInRoot, type SkillRef } from '../../skills/discover.js';
import { listQuarantined } from '../../skills/quarantine.js';
import { resolveSkillRoots, resolveWorkspaces } from '../../skills/roots.js';
import type { AuditFinding } from './types.js';

const MAX_ESCAPE_ROWS = 25;

const inside = (root: string, p: string) => {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

export interface SkillInventory {
  skills: SkillRef[];
  findings: AuditFinding[];
}

export function auditSkills(paths: StatePaths, config: OpenClawConfig, env: NodeJS.ProcessEnv): SkillInventory {
  const findings: AuditFinding[] = [];
  const escaped: string[] = [];
  for (const workspace of resolveWorkspaces({ stateDir: paths.stateDir, config, env })) {
    let realWorkspace: string;
    try {
      realWorkspace = fs.realpathSync(workspace);
    } catch {
      continue;
    }
    for (const skill of skillsInRoot(path.join(workspace, 'skills'))) {
      let real: string;
      try {
        real = fs.realpathSync(path.join(skill.dir, 'SKILL.md'));
      } catch {
        continue;
      }
      if (!inside(realWorkspace, real)) escaped.push(`- workspace=${workspace}\n  skill=${path.join(skill.dir, 'SKILL.md')}\n  realpath=${real}`);
    }
  }
  if (escaped.length)
    findings.push({
      checkId: 'skills.workspace.symlink_escape',
      severity: 'warn',
      title: 'Workspace skill files resolve outside the workspace root',
      detail:
        'Detected workspace `skills/**/SKILL.md` paths whose realpath escapes their workspace root:\n' +
        escaped.slice(0, MAX_ESCAPE_ROWS).join('\n') +
        (escaped.length > MAX_ESCAPE_ROWS ? `\n- +${escaped.length - MAX_ESCAPE_ROWS} more` : ''),
      remediation: 'Keep workspace skills inside the workspace root (replace symlinked escapes with real in-workspace files), or move trusted shared skills to managed locations.',
    });

  const quarantined = listQuarantined(paths.quarantineDir);
  if (quarantined.length)
    findings.push({
      checkId: 'clawguard.skills.quarantined',
      severity: 'warn',
      title: 'Quarantined skills',
      detail: quarantined.map((q) => `- ${q.record.name}: moved from ${q.record.originalDir} on ${q.record.quarantinedAt} to ${q.skillDir}`).join('\n'),
      remediation: 'Review each one: restore it with clawguard skills restore <name> once a fresh scan passes, or delete the quarantine entry.',
    });

  const skills: SkillRef[] = [];
  for (const root of resolveSkillRoots({ stateDir: paths.stateDir, config, env })) if (root.source !== 'bundled') skills.push(...skillsInRoot(root.dir));
  return { skills, findings };
}
