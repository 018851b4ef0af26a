/**
 * The engine (inspectPackageDir / inspectSkillDir) behind the content-hash verdict cache. Findings are
 * placed relative to the policy's sourcePath (`node_modules/evil/index.js`), so OpenClaw's notice points at
 * the file the operator can open. An engine error is a finding that blocks: a package the engine chokes on
 * is exactly the package that must not slip through.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inspectPackageDir, inspectSkillDir } from '../../inspect/index.js';
import type { Finding } from '../../report/types.js';
import { contentDigest } from './content-digest.js';
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
  try {
    const file = path.join(dir, 'package.json');
    if (fs.statSync(file).size > 1024 * 1024) return fallback;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
    if (typeof pkg.name === 'string' && pkg.name) return typeof pkg.version === 'string' && pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
  } catch {
    // fall through: the engine reports the broken manifest itself
  }
  return fallback;
}

function place(findings: readonly Finding[], packageId: string, where: Placement): Finding[] {
  return findings.map((f) => {
    const file = f.file ? (where.relDir ? `${where.relDir}/${f.file}` : f.file) : where.relDir || undefined;
    const out: Finding = { ...f, package: f.package ?? packageId };
    if (file) out.file = file;
    else delete out.file;
    if (where.depPath) out.path = where.depPath;
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

async function cachedRun(
  kind: 'package' | 'skill',
  dir: string,
  packageId: string,
  ctx: StageContext,
  run: () => Promise<{ findings: Finding[]; files: number; bytes: number }>,
): Promise<Omit<DirInspection, 'packageId'>> {
  const digest = contentDigest(dir, { skipTopNodeModules: kind === 'package' });
  const key = ctx.cache.keyFor(kind, packageId, digest.sha256);
  const hit = ctx.cache.get(key);
  if (hit) return { ...hit, cached: true };
  let result: { findings: Finding[]; files: number; bytes: number };
  try {
    const inspection = await run();
    result = { findings: inspection.findings.map(({ path: _depPath, ...f }) => f), files: inspection.files, bytes: inspection.bytes };
  } catch (err) {
    // Not cached: a transient failure (EMFILE, a file vanishing mid-read) must not stick to these bytes.
    return { findings: [engineFailure(packageId, err)], files: digest.files, bytes: digest.bytes, cached: false };
  }
  ctx.cache.set(key, result);
  return { ...result, cached: false };
}

export async function inspectPackageCached(dir: string, ctx: StageContext, where: Placement): Promise<DirInspection> {
  const packageId = packageIdOf(dir, where.relDir || ctx.request.targetName);
  const res = await cachedRun('package', dir, packageId, ctx, () => inspectPackageDir(dir, { packageId, depPath: where.depPath }));
  return { packageId, ...res, findings: place(res.findings, packageId, where) };
}

export async function inspectSkillCached(dir: string, ctx: StageContext, skillName: string): Promise<DirInspection> {
  const res = await cachedRun('skill', dir, skillName, ctx, () => inspectSkillDir(dir, { packageId: skillName }));
  return { packageId: skillName, ...res, findings: place(res.findings, skillName, { relDir: '' }) };
}
