/**
 * The engine (inspectPackageDir / inspectSkillDir) behind the content-hash verdict cache. The cache holds
 * the engine's raw findings (plus the hashes of the files they are in); the operator's reviewed suppressions
 * are applied after every lookup, so an expired or withdrawn suppression takes effect at once. Findings are
 * then placed relative to the policy's sourcePath (`node_modules/evil/index.js`), so OpenClaw's notice points
 * at the file the operator can open. An engine error is a finding that blocks: a package the engine chokes
 * on is exactly the package that must not slip through.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applySuppressions, inspectPackageDir, inspectSkillDir } from '../../inspect/index.js';
import type { Finding } from '../../report/types.js';
import { contentDigest } from './content-digest.js';
import type { StageContext } from './stage-context.js';
import type { CachedInspection } from './verdict-cache.js';

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

type EngineRun = () => Promise<{ findings: Finding[]; files: number; bytes: number; fileHashes: Record<string, string> }>;

async function cachedRun(kind: 'package' | 'skill', dir: string, packageId: string, ctx: StageContext, run: EngineRun): Promise<Omit<DirInspection, 'packageId'>> {
  const digest = contentDigest(dir, { skipTopNodeModules: kind === 'package' });
  const key = ctx.cache.keyFor(kind, packageId, digest.sha256);
  let entry: CachedInspection | undefined = ctx.cache.get(key);
  const cached = entry !== undefined;
  if (!entry) {
    try {
      const inspection = await run();
      const fileHashes: Record<string, string> = {};
      for (const f of inspection.findings) if (f.file && inspection.fileHashes[f.file]) fileHashes[f.file] = inspection.fileHashes[f.file];
      entry = { findings: inspection.findings.map(({ path: _depPath, suppressed: _s, ...f }) => f), files: inspection.files, bytes: inspection.bytes, fileHashes };
    } catch (err) {
      // Not cached: a transient failure (EMFILE, a file vanishing mid-read) must not stick to these bytes.
      return { findings: [engineFailure(packageId, err)], files: digest.files, bytes: digest.bytes, cached: false };
    }
    ctx.cache.set(key, entry);
  }
  const hashes = entry.fileHashes ?? {};
  const findings = applySuppressions(entry.findings, ctx.suppressions, (f) => (f.file ? hashes[f.file] : undefined));
  return { findings, files: entry.files, bytes: entry.bytes, cached };
}

export async function inspectPackageCached(dir: string, ctx: StageContext, where: Placement): Promise<DirInspection> {
  const packageId = packageIdOf(dir, where.relDir || ctx.request.targetName);
  // Dependencies in node_modules/ are inspected one by one by the tree walk, each under its own cache key.
  const pool = ctx.pool;
  const res = await cachedRun('package', dir, packageId, ctx, () =>
    pool ? pool.inspect('package', dir, packageId, where.depPath) : inspectPackageDir(dir, { packageId, depPath: where.depPath, excludeNodeModules: true }),
  );
  const findings = res.findings.map((f) => ({ ...f, package: f.package ?? packageId }));
  return { packageId, ...res, findings: place(findings, where) };
}

export async function inspectSkillCached(dir: string, ctx: StageContext, skillName: string): Promise<DirInspection> {
  const res = await cachedRun('skill', dir, skillName, ctx, () => inspectSkillDir(dir, { packageId: skillName }));
  // The notice already names the skill: a `skill-name:` prefix on every line would only eat the 4,000 characters.
  const findings = res.findings.map(({ package: pkg, ...f }) => (pkg && pkg !== skillName ? { ...f, package: pkg } : f));
  return { packageId: skillName, ...res, findings: place(findings, { relDir: '' }) };
}
