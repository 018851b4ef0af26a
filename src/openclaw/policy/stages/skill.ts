/**
 * Stage "skill-install" (INSTALL_POLICY.md §3.3 I, K): the skill folder about to be copied into a skill root
 * (ClawHub archive, git export, local path, upload). SKILL.md prose is the payload of most skill malware, so
 * the engine reads it along with every file beside it; links leaving the folder are refused.
 */
import fs from 'node:fs';
import { inspectSkillCached } from '../inspect-cached.js';
import type { PolicyOutcome } from '../respond.js';
import type { StageContext } from '../stage-context.js';
import { symlinkEscapes } from '../symlinks.js';

export async function evaluateSkillDir(ctx: StageContext): Promise<PolicyOutcome> {
  const dir = ctx.request.sourcePath;
  const subject = `skill ${ctx.request.targetName}`;
  if (!fs.statSync(dir).isDirectory()) return { subject, findings: [], failure: `${dir} is not a directory` };
  const inspection = await inspectSkillCached(dir, ctx, ctx.request.targetName);
  return { subject, findings: [...symlinkEscapes(dir), ...inspection.findings] };
}
