/**
 * Stage "skill dependency installer" (INSTALL_POLICY.md §3.3 J): one call with the skill's folder as
 * sourcePath and the recipe in `skill.installSpec`, before brew/npm/go/uv/download runs. The recipe is judged,
 * and the skill folder itself is inspected again (cached), because the installer only exists to serve it.
 */
import fs from 'node:fs';
import type { Finding } from '../../../report/types.js';
import { inspectSkillCached } from '../inspect-cached.js';
import type { PolicyOutcome } from '../respond.js';
import type { StageContext } from '../stage-context.js';
import { judgeInstallerRecipe } from './installer-recipe.js';

export async function evaluateSkillInstaller(ctx: StageContext): Promise<PolicyOutcome> {
  const spec = ctx.request.skill!.installSpec!;
  const subject = `the ${spec.kind} installer of skill ${ctx.request.targetName}`;
  const findings: Finding[] = judgeInstallerRecipe(spec);
  const dir = ctx.request.sourcePath;
  if (!fs.statSync(dir).isDirectory()) return { subject, findings, failure: `${dir} is not a directory` };
  findings.push(...(await inspectSkillCached(dir, ctx, ctx.request.targetName)).findings);
  return { subject, findings };
}
