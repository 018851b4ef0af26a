/**
 * Stages "plugin-package", "plugin-bundle" and the git preflight (INSTALL_POLICY.md §3.3 A.2, C.1–2, D.1, E.1,
 * F, G): a package directory on disk, the staged npm package, a fresh git clone, an extracted archive, or the
 * user's own directory. `--link` (F) makes exactly ONE call and no dependency-tree call follows, so whatever
 * `node_modules` sits in the directory is inspected here too (cached, so the tree call of a copy install that
 * follows costs only hashing).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../report/types.js';
import { inspectPackageCached, inspectSkillCached } from '../inspect-cached.js';
import { TreeTooLarge } from '../node-modules.js';
import type { PolicyOutcome } from '../respond.js';
import type { StageContext } from '../stage-context.js';
import { symlinkEscapes } from '../symlinks.js';
import { inspectNodeModules, inspectRootOnly } from './dependency-tree.js';

const FULL_COMMIT = /^[0-9a-f]{40}$/i;

function gitFindings(ctx: StageContext): Finding[] {
  const { request, origin, source } = ctx.request;
  if (request.kind !== 'plugin-git' || origin.type !== 'plugin-git') return [];
  const spec = request.requestedSpecifier ?? '';
  const ref = spec.includes('#') ? spec.slice(spec.lastIndexOf('#') + 1) : spec.includes('@') ? spec.slice(spec.lastIndexOf('@') + 1) : '';
  if (source?.mutable === false || FULL_COMMIT.test(ref)) return [];
  return [
    {
      ruleId: 'clawguard.git.unpinned-ref',
      severity: 'low',
      message: `${spec || 'this git source'} is not pinned to a full commit: the same spec can install different code later`,
      remediation: 'install from a 40-character commit (git:<repo>@<sha>) or from a published npm version',
    },
  ];
}

export async function evaluatePackageDir(ctx: StageContext): Promise<PolicyOutcome> {
  const dir = ctx.request.sourcePath;
  const name = ctx.request.targetName;
  const version = ctx.request.plugin?.version ?? (typeof ctx.request.origin.version === 'string' ? ctx.request.origin.version : undefined);
  const subject = version ? `${name}@${version}` : name;
  const findings: Finding[] = [...gitFindings(ctx), ...symlinkEscapes(dir)];
  const isPackage = fs.existsSync(path.join(dir, 'package.json'));
  if (!fs.existsSync(path.join(dir, 'node_modules'))) {
    if (isPackage) findings.push(...(await inspectPackageCached(dir, ctx, { relDir: '', depPath: name })).findings);
    // A bundle (Codex/Claude/Cursor format) has no package.json: still inspect every file in it.
    else findings.push(...(await inspectSkillCached(dir, ctx, name)).findings);
    return { subject, findings };
  }
  // With node_modules: a package is one batch with its dependencies (scheduled together, largest first).
  if (!isPackage) findings.push(...(await inspectSkillCached(dir, ctx, name)).findings);
  try {
    const tree = await inspectNodeModules(dir, ctx, name, { withRoot: isPackage });
    findings.push(...tree.findings);
    return { subject: `${subject} and its ${tree.packages} bundled package${tree.packages === 1 ? '' : 's'}`, findings };
  } catch (err) {
    if (!(err instanceof TreeTooLarge)) throw err;
    if (isPackage) findings.push(...(await inspectRootOnly(dir, ctx, name)));
    return { subject, findings, failure: err.message };
  }
}
