/**
 * The policy's front door to the inspection service (src/engine): the engine's result for a directory,
 * from the shared content-addressed cache when these bytes were judged before (by this hook, by
 * `plugins install`, by `skills scan`). The operator's reviewed suppressions are applied after every lookup,
 * so an expired or withdrawn suppression takes effect at once. Findings are then placed relative to the
 * policy's sourcePath (`node_modules/evil/index.js`), so OpenClaw's notice points at the file the operator
 * can open. An engine error is a finding that blocks: a package the engine chokes on is exactly the package
 * that must not slip through.
 */
import { applySuppressions } from '../../inspect/suppressions.js';
import { readPackageJson } from '../../engine/jobs.js';
import type { DirInspection as ServiceInspection } from '../../engine/service.js';
import type { Finding } from '../../report/types.js';
import type { StageContext } from './stage-context.js';

export interface DirInspection {
  packageId: string;
  findings: Finding[];
  files: number;
  bytes: number;
  cached: boolean;
}

export interface Placement {
  /** POSIX path of the directory relative to the request's sourcePath ('' for the source itself). */
  relDir: string;
  /** Dependency path (`plugin>dep>dep`), when inspecting a tree. */
  depPath?: string;
}

/** `name@version` from package.json, read defensively (a hostile package.json may be huge or malformed). */
export function packageIdOf(dir: string, fallback: string): string {
  const pkg = readPackageJson(dir);
  if (pkg && typeof pkg.name === 'string' && pkg.name) return typeof pkg.version === 'string' && pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
  return fallback;
}

function place(findings: readonly Finding[], where: Placement): Finding[] {
  return findings.map((f) => {
    const file = f.file ? (where.relDir ? `${where.relDir}/${f.file}` : f.file) : where.relDir || undefined;
    const out: Finding = { ...f };
    if (file) out.file = file;
    else delete out.file;
    if (where.depPath) out.path = where.depPath;
    else delete out.path;
    return out;
  });
}

function engineFailure(packageId: string, err: unknown): Finding {
  return {
    ruleId: 'clawguard.inspect-failed',
    severity: 'critical',
    message: `the inspection engine could not inspect ${packageId}: ${(err as Error)?.message ?? String(err)}`,
    remediation: 'inspect the package by hand; clawguard refuses what it cannot read',
  };
}

/** The service's answer (or its error) with the operator's suppressions applied. */
function suppressed(res: ServiceInspection | Error, packageId: string, ctx: StageContext): Omit<DirInspection, 'packageId'> {
  // An error is not cached: a transient failure (EMFILE, a file vanishing mid-read) must not stick to these bytes.
  if (res instanceof Error) return { findings: [engineFailure(packageId, res)], files: 0, bytes: 0, cached: false };
  const hashes = res.fileHashes ?? {};
  const findings = applySuppressions(res.findings, ctx.suppressions, (f) => (f.file ? hashes[f.file] : undefined));
  return { findings, files: res.files, bytes: res.bytes, cached: res.cached };
}

async function cachedRun(kind: 'package' | 'skill', dir: string, packageId: string, ctx: StageContext): Promise<Omit<DirInspection, 'packageId'>> {
  try {
    // Dependencies in node_modules/ are inspected one by one by the tree walk, each under its own key.
    return suppressed(await ctx.engine.inspectDir(kind, dir, { packageId, excludeNodeModules: kind === 'package' }), packageId, ctx);
  } catch (err) {
    return suppressed(err instanceof Error ? err : new Error(String(err)), packageId, ctx);
  }
}

/** A package's findings as the policy reports them: suppressions applied, `package` set, placed under sourcePath. */
export function placePackageInspection(res: ServiceInspection | Error, packageId: string, ctx: StageContext, where: Placement): DirInspection {
  const out = suppressed(res, packageId, ctx);
  const findings = out.findings.map((f) => ({ ...f, package: f.package ?? packageId }));
  return { packageId, ...out, findings: place(findings, where) };
}

export async function inspectPackageCached(dir: string, ctx: StageContext, where: Placement): Promise<DirInspection> {
  const packageId = packageIdOf(dir, where.relDir || ctx.request.targetName);
  const res = await ctx.engine.inspectDir('package', dir, { packageId, excludeNodeModules: true }).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
  return placePackageInspection(res, packageId, ctx, where);
}

export async function inspectSkillCached(dir: string, ctx: StageContext, skillName: string): Promise<DirInspection> {
  const res = await cachedRun('skill', dir, skillName, ctx);
  // The notice already names the skill: a `skill-name:` prefix on every line would only eat the 4,000 characters.
  const findings = res.findings.map(({ package: pkg, ...f }) => (pkg && pkg !== skillName ? { ...f, package: pkg } : f));
  return { packageId: skillName, ...res, findings: place(findings, { relDir: '' }) };
}
