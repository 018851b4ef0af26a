import { failsThreshold, type Finding, type LifecycleScript, type Report, type Severity } from '../report/types.js';
import { validatePluginDir, type PluginValidation } from '../plugin/validate.js';
import type { NpmOptions } from '../resolve/npm-config.js';
import { dependencyStage, type DependencyContext, type DependencyPlan, type DependencyStage } from './dependencies.js';
import { isTreePlan } from '../tree/stage.js';
import { treeSummary } from '../tree/index.js';
import { engineDigest, InspectionService, withDepPath, type EngineResult } from '../engine/index.js';
import { cacheKey } from '../engine/result-cache.js';
import { comparedManifestFields } from '../engine/keys.js';
import { buildReport } from './report.js';
import { suppressInspection } from './suppressions.js';
import type { Suppression } from '../inspect/index.js';
import type { AcquiredPlugin } from './source.js';

/**
 * The stages `inspect` and `install` share, after the source is in a local directory:
 * validate → dependencies → inspect → (the caller decides). Nothing here writes outside the work dir.
 */
export interface InspectedPlugin {
  source: AcquiredPlugin;
  validation: PluginValidation;
  dependencies: DependencyPlan;
  dependencyContext: DependencyContext;
  report: Report;
}

/** What the install needs of the plugin's own inspection (the engine's result, placed at the plugin). */
export interface RootInspection {
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
  /** sha256 of each file a finding is in (suppressions are pinned to it). */
  fileHashes: Record<string, string>;
}

export const NOT_A_PLUGIN_RULE = 'package-not-openclaw-plugin';

export async function validateStage(source: AcquiredPlugin): Promise<PluginValidation> {
  return validatePluginDir(source.packageDir);
}

export async function dependenciesStage(
  source: AcquiredPlugin,
  workDir: string,
  npmOptions: NpmOptions,
  stage: Pick<DependencyStage, 'resolve'> = dependencyStage,
): Promise<{ plan: DependencyPlan; ctx: DependencyContext }> {
  const ctx: DependencyContext = {
    packageDir: source.packageDir,
    workDir,
    npmOptions,
    pluginPackage: `${source.name}@${source.version}`,
    pluginName: source.name,
  };
  return { plan: await stage.resolve(ctx), ctx };
}

/**
 * Start the engine on the plugin itself. Callers start it before the dependency stage, which spends most
 * of its time waiting on the registry, so the CPU-bound inspection overlaps that wait.
 */
export function startRootInspection(source: AcquiredPlugin, npmOptions?: NpmOptions): Promise<RootInspection> {
  const pending = inspectRootCached(source, npmOptions);
  // If the dependency stage fails first, nobody awaits this promise: its rejection must not crash the process.
  pending.catch(() => {});
  return pending;
}

/**
 * The plugin itself goes through the inspection service (src/engine): its result is cached by content,
 * shared with every other caller (the policy hook judging the same bytes, a later `plugins inspect`).
 * It stays on this thread. Measured on 2 cores (docs/benchmarks.md, "The install beyond npm"): the engine
 * on a thread of its own cost ~2.3 s more CPU cold (the engine loaded twice) and longer installs under
 * load; the digest and lookup alone on a thread cost ~0.2-0.35 s more CPU (the thread's start) to spare
 * this thread ~90 ms of hashing.
 */
async function inspectRootCached(source: AcquiredPlugin, _npmOptions?: NpmOptions): Promise<RootInspection> {
  const packageId = `${source.name}@${source.version}`;
  const engine = new InspectionService();
  const place = (res: EngineResult): RootInspection => ({
    findings: withDepPath(res.findings, source.name),
    lifecycleScripts: withDepPath(res.lifecycleScripts, source.name),
    files: res.files,
    bytes: res.bytes,
    fileHashes: res.fileHashes,
  });
  try {
    // A registry plugin was unpacked (hardened) from verified bytes moments ago: those bytes lead to the
    // result, without reading and hashing every file of the unpacked copy again (see pluginTarballKey).
    const aliasKey = pluginTarballKey(source);
    const known = aliasKey ? engine.cache.get<PluginTarballAlias>(aliasKey)?.result : undefined;
    if (known && Array.isArray(known.findings) && Array.isArray(known.lifecycleScripts) && typeof known.files === 'number') return place(known);
    const res = await engine.inspectDir('package', source.packageDir, { packageId, registryManifest: source.registryManifest });
    const result: EngineResult = { findings: res.findings, lifecycleScripts: res.lifecycleScripts, files: res.files, bytes: res.bytes, fileHashes: res.fileHashes };
    // Only a result that belongs to one content (the directory did not change while it was read).
    if (aliasKey && res.stable) engine.cache.set(aliasKey, { kind: 'plugin-tarball', result } satisfies PluginTarballAlias);
    return place(result);
  } finally {
    await engine.close();
  }
}

/** The plugin's result under its tarball's key (a record of its own kind, beside the content's result). */
interface PluginTarballAlias {
  kind: 'plugin-tarball';
  result: EngineResult;
}

/**
 * The plugin's own result by the sha512 of the tarball bytes it was unpacked from (registry sources): the
 * hardened unpacker is deterministic (limits only refuse, they never change what it writes), so the bytes
 * decide the content, like the engine's tarball alias for a tree's packages (src/engine/keys.ts). Also in
 * the key: the engine and rules digest, the package id, the registry manifest's compared fields, and that it
 * is the whole package directory (bundled node_modules/ included) judged as a package.
 */
function pluginTarballKey(source: AcquiredPlugin): string | undefined {
  if (!source.tarballSha512) return undefined;
  return cacheKey([
    'plugin-tarball',
    engineDigest(),
    source.tarballSha512,
    `${source.name}@${source.version}`,
    'package',
    'all',
    comparedManifestFields(source.registryManifest),
  ]);
}

/** Run the engine on the plugin and every package of its tree; never executes package code. */
export async function inspectStage(
  source: AcquiredPlugin,
  validation: PluginValidation,
  plan: DependencyPlan,
  startedAt: number,
  rootInspection: Promise<RootInspection> = startRootInspection(source),
  suppressions?: readonly Suppression[],
): Promise<Report> {
  const findings: Finding[] = [...source.findings];
  const lifecycleScripts: LifecycleScript[] = [];
  const pluginPackage = `${source.name}@${source.version}`;
  if (!validation.valid) {
    findings.push({
      ruleId: NOT_A_PLUGIN_RULE,
      severity: 'low',
      message: `not a valid OpenClaw plugin: ${validation.problems.join('; ')}`,
      package: pluginPackage,
      file: 'openclaw.plugin.json',
      remediation: 'clawguard plugins install refuses it; an OpenClaw plugin needs openclaw.plugin.json (id, configSchema) and package.json openclaw.extensions inside the package',
    });
  }
  let files = 0;
  let bytes = 0;
  const root = await rootInspection;
  const fileHashes = new Map<string, Record<string, string>>([[pluginPackage, root.fileHashes]]);
  findings.push(...root.findings);
  lifecycleScripts.push(...root.lifecycleScripts);
  files += root.files;
  bytes += root.bytes;
  // The whole-tree stage (src/tree) inspected every package while planning, and lists every lifecycle
  // script of the tree (the plugin's own included, binding.gyp builds too).
  if (isTreePlan(plan)) {
    findings.push(...plan.tree.findings);
    for (const p of plan.tree.packages) if (p.fileHashes) fileHashes.set(`${p.name}@${p.version}`, p.fileHashes);
    lifecycleScripts.splice(0, lifecycleScripts.length, ...plan.tree.lifecycleScripts);
    files += plan.tree.stats.files;
    bytes += plan.tree.stats.bytes;
  } else if (plan.packages.length > 0) {
    const engine = new InspectionService({ expectedJobs: plan.packages.length });
    try {
      for (const dep of plan.packages) {
        const result = await engine.inspectDir('package', dep.dir, { packageId: `${dep.name}@${dep.version}` });
        findings.push(...withDepPath(result.findings, dep.path));
        fileHashes.set(`${dep.name}@${dep.version}`, result.fileHashes);
        lifecycleScripts.push(...withDepPath(result.lifecycleScripts, dep.path));
        files += result.files;
        bytes += result.bytes;
      }
    } finally {
      await engine.close();
    }
  }
  return buildReport({
    target: {
      kind: source.kind,
      spec: source.spec,
      name: source.name,
      version: source.version,
      ...(source.integrity ? { integrity: source.integrity } : {}),
      ...(validation.valid ? { pluginId: validation.pluginId } : validation.pluginId ? { pluginId: validation.pluginId } : {}),
      ...(source.localPath ? { path: source.localPath } : {}),
    },
    findings: suppressInspection(findings, suppressions, fileHashes),
    lifecycleScripts,
    packages: 1 + plan.packages.length,
    files,
    bytes,
    startedAt,
    extra:
      source.resolved || isTreePlan(plan)
        ? { ...(source.resolved ? { resolved: source.resolved } : {}), ...(isTreePlan(plan) ? { tree: treeSummary(plan.tree) } : {}) }
        : undefined,
  });
}

/** `--fail-on`: the verdict the operator asked to enforce. */
export function decide(report: Report, failOn: Severity): { refused: boolean } {
  return { refused: failsThreshold(report.findings, failOn) };
}
