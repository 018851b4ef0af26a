/**
 * Route one request to its stage (INSTALL_POLICY.md §3.3). The request kind and origin decide; the path kind
 * on disk must agree with what the request claims, or we refuse to guess. An origin this version does not
 * know (a newer OpenClaw) is still inspected when it names a directory, and refused when it names a file.
 */
import fs from 'node:fs';
import type { PolicyRequest } from './protocol.js';
import type { PolicyOutcome } from './respond.js';
import { DeadlineExceeded, type StageContext } from './stage-context.js';

export type Stage = 'doctor' | 'npm-metadata' | 'npm-pack' | 'package-dir' | 'dependency-tree' | 'skill' | 'skill-installer' | 'legacy-file' | 'unknown-file';

export function stageOf(req: PolicyRequest): Stage {
  if (req.origin.type === 'doctor') return 'doctor';
  if (req.targetType === 'skill') return req.skill?.installSpec ? 'skill-installer' : 'skill';
  if (req.origin.type === 'plugin-dependency-tree' || req.plugin?.contentType === 'dependency-tree') return 'dependency-tree';
  if (req.origin.type === 'plugin-npm' && req.sourcePathKind === 'file') {
    const spec = req.request.requestedSpecifier ?? '';
    const looksPacked = spec.startsWith('npm-pack:') || req.source?.kind === 'archive' || /\.(tgz|tar\.gz)$/i.test(req.sourcePath);
    return looksPacked ? 'npm-pack' : 'npm-metadata';
  }
  if (req.origin.type === 'plugin-file' || req.request.kind === 'plugin-file') return 'legacy-file';
  return req.sourcePathKind === 'directory' ? 'package-dir' : 'unknown-file';
}

function subjectOf(req: PolicyRequest): string {
  return `${req.targetType} ${req.targetName}`;
}

/** Does the path exist with the kind the request claims? (A mismatch means the request is not what it says.) */
function pathProblem(req: PolicyRequest): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(req.sourcePath);
  } catch (err) {
    return `${req.sourcePath} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  if (req.sourcePathKind === 'directory' && !st.isDirectory()) return `${req.sourcePath} is not a directory, though the request says it is`;
  if (req.sourcePathKind === 'file' && !st.isFile()) return `${req.sourcePath} is not a regular file, though the request says it is`;
  return undefined;
}

export async function evaluateRequest(ctx: StageContext): Promise<PolicyOutcome> {
  const req = ctx.request;
  const stage = stageOf(req);
  if (stage === 'doctor') return { subject: 'the doctor probe', findings: [] };
  const problem = pathProblem(req);
  if (problem) return { subject: subjectOf(req), findings: [], failure: problem };
  // Each stage loads with its request: a package or skill directory never pays for npm's fetcher (pacote,
  // sigstore: ~0.5 s of CPU), which only the npm stages use.
  try {
    switch (stage) {
      case 'npm-metadata':
        return await (await import('./stages/npm-metadata.js')).evaluateNpmMetadata(ctx);
      case 'npm-pack':
        return await (await import('./stages/npm-pack.js')).evaluateNpmPack(ctx);
      case 'dependency-tree':
        return await (await import('./stages/dependency-tree.js')).evaluateDependencyTree(ctx);
      case 'package-dir':
        return await (await import('./stages/package-dir.js')).evaluatePackageDir(ctx);
      case 'skill':
        return await (await import('./stages/skill.js')).evaluateSkillDir(ctx);
      case 'skill-installer':
        return await (await import('./stages/skill-installer.js')).evaluateSkillInstaller(ctx);
      case 'legacy-file':
        return { subject: subjectOf(req), findings: [], failure: 'plain-file plugin installs (request kind plugin-file) are not supported; install a package directory or archive' };
      case 'unknown-file':
        return { subject: subjectOf(req), findings: [], failure: `clawguard does not know how to inspect a ${req.origin.type} file` };
    }
  } catch (err) {
    if (err instanceof DeadlineExceeded)
      return {
        subject: subjectOf(req),
        findings: [],
        failure: `${err.message}; what was inspected is cached, so retrying the install continues from there (or raise security.installPolicy.exec.timeoutMs)`,
      };
    return { subject: subjectOf(req), findings: [], failure: `unexpected error: ${(err as Error)?.message ?? String(err)}` };
  }
}
