import os from 'node:os';
import type { Finding, Report } from '../report/types.js';
import { loadNpmOptions, type NpmOptions } from '../resolve/npm-config.js';
import { parsePluginSpec, type DirectorySpec } from '../resolve/spec.js';
import { dependenciesStage, inspectStage, startRootInspection, validateStage, type RootInspection } from './inspection.js';
import type { InspectPluginOptions } from './options.js';
import { acquirePlugin, type AcquiredPlugin } from './source.js';
import { createScratch } from './scratch.js';
import { isApproved, readApprovals } from '../ledger/approvals.js';
import { isTreePlan, treeDependencyStage, type TreeDependencyPlan } from '../tree/stage.js';
import { planProjectManifest, readPluginManifest } from '../tree/plan-project.js';
import { pathsOf } from './options.js';
import { InspectionService, withDepPath, type DirInspection, type EngineResult, type ViewFingerprint } from '../engine/index.js';
import type { PluginValidation } from '../plugin/validate.js';
import { resolveLimits } from '../unpack/limits.js';

/**
 * `clawguard plugins inspect`: the same resolve → fetch → unpack → validate → dependencies → inspect stages
 * as install, in a temp dir outside the state dir (nothing under it is written). Registry specs need not be
 * pinned; a package that is not a valid plugin gets a low finding and is inspected all the same.
 *
 * A local plugin directory asked about again, unchanged, is answered from its stat record (src/engine/jobs.ts
 * `DirRecord`, the view `plugin-copy`: the directory as `copyPluginDirectory` copies it): the copy's result in
 * the shared cache and what the copy gave besides (name, findings of the copy, validation, the root-only plan),
 * under the same limits and npm settings. No scratch copy, no digest, no plan written; the same report. Only a
 * plugin with nothing to resolve and no lifecycle script (approvals decide nothing) is recorded; any other,
 * and any change in the view of the directory, takes the stages.
 */
export async function inspectPlugin(rawSpec: string, options: InspectPluginOptions = {}): Promise<Report> {
  const startedAt = Date.now();
  const progress = options.onProgress ?? (() => {});
  const spec = parsePluginSpec(rawSpec, { requirePin: false, cwd: options.cwd });
  const npmOptions = await loadNpmOptions({ registry: options.registry, cwd: options.cwd, env: options.env });
  const dir = spec.kind === 'directory' ? spec : undefined;
  const local = dir ? localView(npmOptions, options) : undefined;
  if (dir && local) {
    const recorded = local.service.recordedView<DerivedFromCopy>(dir.path, 'plugin-copy', local.context);
    if (recorded && isDerived(recorded.derived)) {
      try {
        return await answerFromRecord(rawSpec, dir, recorded.derived, recorded.result, startedAt, options);
      } finally {
        await local.service.close();
      }
    }
  }
  // The view of the original before it is copied: what a record made from this copy stands for.
  let before: ViewFingerprint | undefined;
  try {
    before = dir && local?.service.cacheEnabled ? local.service.viewFingerprint(dir.path, 'plugin-copy') : undefined;
  } catch {
    before = undefined; // the copy reports what is wrong with the directory
  }
  const scratch = createScratch();
  try {
    progress(`resolving ${rawSpec}`);
    const source = await acquirePlugin(spec, scratch.packageDir, { npmOptions, limits: options.limits });
    const validation = await validateStage(source);
    progress(`resolving the dependencies of ${source.name}@${source.version}`);
    // Approval state is read (never written): the report says which scripts an install would run.
    const approvals = readApprovals(pathsOf(options));
    const treeStage = treeDependencyStage({ unpackLimits: options.limits, isApproved: (s) => isApproved(approvals, s), pluginId: validation.valid ? validation.pluginId : undefined, onProgress: options.onProgress });
    // A local directory's own inspection (no tarball alias: what startRootInspection does for it) is kept here, for its key.
    const own = local ? inspectCopy(local.service, source) : undefined;
    const rootInspection = own ? own.then((res) => placeRoot(source.name, res)) : startRootInspection(source, npmOptions);
    rootInspection.catch(() => {});
    const { plan } = await dependenciesStage(source, scratch.dir, npmOptions, treeStage);
    progress(`inspecting ${1 + plan.packages.length} package(s)`);
    const report = await inspectStage(source, validation, plan, startedAt, rootInspection, options.suppressions);
    if (dir && local && own && before && isTreePlan(plan) && recordable(source, plan)) {
      const derived: DerivedFromCopy = { name: source.name, version: source.version, findings: source.findings, validation, lockfile: plan.tree.lockfile };
      local.service.rememberView(dir.path, 'plugin-copy', local.context, before, await own, derived);
    }
    return report;
  } finally {
    scratch.dispose();
    await local?.service.close();
  }
}

/** What the copy of a local plugin directory gave besides the engine's result (the view record's `derived`). */
interface DerivedFromCopy {
  name: string;
  version: string;
  /** The copy's findings (links and special files not copied). */
  findings: Finding[];
  validation: PluginValidation;
  /** The root-only plan's lockfile (test/tree/empty-plan.test.ts: a function of npm's lockfile-version). */
  lockfile: string;
}

const isDerived = (d: DerivedFromCopy | undefined): d is DerivedFromCopy =>
  !!d && typeof d.name === 'string' && typeof d.version === 'string' && Array.isArray(d.findings) && !!d.validation && typeof d.validation.valid === 'boolean' && typeof d.lockfile === 'string';

/** The service for a local directory spec, and everything besides the directory's content that its answer reads. */
function localView(npmOptions: NpmOptions, options: InspectPluginOptions): { service: InspectionService; context: unknown } | undefined {
  let limits: unknown;
  try {
    limits = resolveLimits(options.limits);
  } catch {
    return undefined; // the stages report the bad limit, where they always did
  }
  const { lockfileVersion, global, add, rm, update, saveType } = npmOptions;
  // The copy's bounds; the npm settings the root-only plan reads (src/tree/empty-plan.ts); where its plan is laid out.
  const context = { limits, npm: { lockfileVersion, global, add, rm, update, saveType }, tmpdir: os.tmpdir() };
  return { service: new InspectionService(), context };
}

async function inspectCopy(service: InspectionService, source: AcquiredPlugin): Promise<DirInspection> {
  return service.inspectDir('package', source.packageDir, { packageId: `${source.name}@${source.version}`, registryManifest: source.registryManifest });
}

/** The engine's result placed at the plugin (as src/install/inspection.ts places the root's). */
function placeRoot(name: string, res: EngineResult): RootInspection {
  return { findings: withDepPath(res.findings, name), lifecycleScripts: withDepPath(res.lifecycleScripts, name), files: res.files, bytes: res.bytes, fileHashes: res.fileHashes };
}

/**
 * A plugin whose answer is its content's and the context's alone: nothing to resolve (the plan project declares
 * no dependency: the root-only plan), no lifecycle script (approvals decide nothing), no tree finding.
 */
function recordable(source: AcquiredPlugin, plan: TreeDependencyPlan): boolean {
  if (plan.packages.length > 0 || plan.tree.packages.length > 0 || plan.tree.findings.length > 0 || plan.tree.lifecycleScripts.length > 0) return false;
  try {
    const project = planProjectManifest(readPluginManifest(source.packageDir));
    return Object.keys(project).join(',') === 'name,version,private,dependencies' && Object.keys(project.dependencies as Record<string, string>).length === 0;
  } catch {
    return false;
  }
}

/** The report the stages give for this unchanged directory, from its record: the same stages after the copy. */
async function answerFromRecord(rawSpec: string, spec: DirectorySpec, derived: DerivedFromCopy, result: EngineResult, startedAt: number, options: InspectPluginOptions): Promise<Report> {
  const progress = options.onProgress ?? (() => {});
  progress(`resolving ${rawSpec}`);
  const source: AcquiredPlugin = {
    kind: 'directory',
    spec: spec.raw,
    name: derived.name,
    version: derived.version,
    localPath: spec.path,
    packageDir: spec.path,
    ledgerSource: { kind: 'directory', spec: spec.path },
    findings: derived.findings,
  };
  progress(`resolving the dependencies of ${source.name}@${source.version}`);
  // Read as the stages read it (a damaged approvals file is the same error); no script, so it decides nothing.
  readApprovals(pathsOf(options));
  const pluginPackage = `${source.name}@${source.version}`;
  const plan: TreeDependencyPlan = {
    packages: [],
    tree: { planDir: '', lockfile: derived.lockfile, packages: [], findings: [], lifecycleScripts: [], stats: { packages: 0, files: 0, bytes: 0 }, signatures: [], pluginPackage },
  };
  progress('inspecting 1 package(s)');
  return inspectStage(source, derived.validation, plan, startedAt, Promise.resolve(placeRoot(source.name, result)), options.suppressions);
}
