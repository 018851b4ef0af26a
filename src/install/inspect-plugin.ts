import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, Report, ReportTarget } from '../report/types.js';
import { loadNpmOptions, type NpmOptions } from '../resolve/npm-config.js';
import type { RootInspection } from './inspection.js';
import type { InspectPluginOptions } from './options.js';
import type { AcquiredPlugin } from './source.js';
import { isApproved, readApprovals } from '../ledger/approvals.js';
import type { TreeDependencyPlan } from '../tree/stage.js';
import { pathsOf } from './options.js';
import { InspectionService, withDepPath, type DirInspection, type EngineResult, type ViewFingerprint } from '../engine/index.js';
import { resolveLimits } from '../unpack/limits.js';
import { buildReport } from './report.js';
import { suppressInspection } from './suppressions.js';

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
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // A path typed as is: where its record would be (a spec npm's parser reads otherwise has no record there).
  const typed = typeof rawSpec === 'string' && !/[\u0000-\u001f\u007f]/.test(rawSpec) && rawSpec.trim() !== '' ? rawSpec.trim() : undefined;
  let npmOptions: NpmOptions | undefined;
  if (typed !== undefined) {
    // npm's settings the answer reads, by npm's loader unless no configuration source could set one of them.
    let npm: NpmPlanSettings | undefined = options.registry === undefined && npmLeavesPlanAlone(options.env ?? process.env, cwd) ? NPM_PLAN_DEFAULTS : undefined;
    if (!npm) {
      try {
        npmOptions = await loadNpmOptions({ registry: options.registry, cwd: options.cwd, env: options.env });
        npm = npmPlanSettings(npmOptions);
      } catch {
        npmOptions = undefined; // the stages report it, after the spec (as they always did)
      }
    }
    const local = npm ? localView(typed, cwd, npm, options) : undefined;
    try {
      const recorded = local?.service.recordedView<DerivedFromCopy>(path.resolve(cwd, typed), 'plugin-copy', local.context);
      if (recorded && isDerived(recorded.derived)) return answerFromRecord(rawSpec, recorded.derived, recorded.result, startedAt, options);
    } finally {
      await local?.service.close();
    }
  }
  return inspectByStages(rawSpec, options, startedAt, cwd, npmOptions);
}

/** The stages (loaded with the first command that needs them: a repeat of an unchanged directory does not). */
async function inspectByStages(rawSpec: string, options: InspectPluginOptions, startedAt: number, cwd: string, loaded: NpmOptions | undefined): Promise<Report> {
  const progress = options.onProgress ?? (() => {});
  const [{ parsePluginSpec }, { dependenciesStage, inspectStage, startRootInspection, validateStage }, { acquirePlugin }, { createScratch }, { isTreePlan, treeDependencyStage }] = await Promise.all([
    import('../resolve/spec.js'),
    import('./inspection.js'),
    import('./source.js'),
    import('./scratch.js'),
    import('../tree/stage.js'),
  ]);
  const spec = parsePluginSpec(rawSpec, { requirePin: false, cwd: options.cwd });
  const npmOptions = loaded ?? (await loadNpmOptions({ registry: options.registry, cwd: options.cwd, env: options.env }));
  // A local directory named by its path as typed: its stat record is kept (see DirRecord's view `plugin-copy`).
  const dir = spec.kind === 'directory' && spec.path === path.resolve(cwd, spec.raw) ? spec : undefined;
  const local = dir ? localView(dir.raw, cwd, npmPlanSettings(npmOptions), options) : undefined;
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
    if (dir && local && own && before && isTreePlan(plan) && (await recordable(source, plan))) {
      const root = await own;
      const tree = (report as { tree?: unknown }).tree;
      // What the stages put before the plugin's own findings (the copy's, and "not a valid plugin"), unsuppressed.
      const leading = report.findings.slice(0, report.findings.length - root.findings.length).map(({ suppressed: _s, ...f }) => f);
      const derived: DerivedFromCopy = { target: report.target, name: source.name, version: source.version, leading, tree };
      if (tree !== undefined) local.service.rememberView(dir.path, 'plugin-copy', local.context, before, root, derived);
    }
    return report;
  } finally {
    scratch.dispose();
    await local?.service.close();
  }
}

/**
 * What the stages gave for a local plugin directory besides the engine's result on its copy (the view record's
 * `derived`), for a plugin with nothing to resolve and no lifecycle script.
 */
interface DerivedFromCopy {
  target: ReportTarget;
  name: string;
  version: string;
  /** The findings before the plugin's own: the copy's (links and special files not copied), "not a valid plugin". */
  leading: Finding[];
  /** The report's `tree` (the root-only plan). */
  tree: unknown;
}

const isDerived = (d: DerivedFromCopy | undefined): d is DerivedFromCopy =>
  !!d && !!d.target && typeof d.name === 'string' && typeof d.version === 'string' && Array.isArray(d.leading) && d.tree !== undefined;

/** The service for a local directory spec, and everything besides the directory's content that its answer reads. */
function localView(typed: string, cwd: string, npm: NpmPlanSettings, options: InspectPluginOptions): { service: InspectionService; context: unknown } | undefined {
  let limits: unknown;
  try {
    limits = resolveLimits(options.limits);
  } catch {
    return undefined; // the stages report the bad limit, where they always did
  }
  // The spec as typed and where (the report's target; npm's parser read them); the copy's bounds; the npm
  // settings the root-only plan reads; where its plan is laid out.
  const context = { spec: typed, cwd, limits, npm, tmpdir: os.tmpdir() };
  return { service: new InspectionService(), context };
}

/**
 * The npm settings a root-only plan reads (src/tree/empty-plan.ts: the lockfile version, and those that send
 * the plan to Arborist). npm's loader leaves each unset (undefined) unless a configuration source sets it.
 */
interface NpmPlanSettings {
  lockfileVersion?: unknown;
  global?: unknown;
  add?: unknown;
  rm?: unknown;
  update?: unknown;
  saveType?: unknown;
}

export function npmPlanSettings({ lockfileVersion, global, add, rm, update, saveType }: NpmOptions): NpmPlanSettings {
  return { lockfileVersion, global, add, rm, update, saveType };
}

/** What npm's loader gives for them when no source sets one (test/install/inspect-plugin-record.test.ts holds it to the loader). */
export const NPM_PLAN_DEFAULTS: Readonly<NpmPlanSettings> = Object.freeze({ lockfileVersion: null, global: false });

/** Any setting that decides a root-only plan, or where npm's loader looks for another file (userconfig, globalconfig, prefix, location). */
const PLAN_SETTING = /lockfile[-_]version|global|location|save|userconfig|prefix/i;

/**
 * True when no source npm's loader (src/resolve/npm-config.ts, @npmcli/config) reads can set a setting the
 * root-only plan reads: then each has its default (NPM_PLAN_DEFAULTS), and the loader (~30 ms of a repeat's CPU) need not run.
 * Conservative, as text: no `npm_config_*` variable naming one, and none of the files the loader can read
 * (its builtin npmrc, the `.npmrc` of the working directory and of every directory above it, which covers
 * every project and workspace root it may pick, the user's `~/.npmrc`, the global `<prefix>/etc/npmrc`)
 * names one on any line, holds a `${…}` substitution (a missing variable is the loader's error) or a
 * `[section]`. Anything else (an unreadable file, Windows) reads npm's configuration as always.
 */
export function npmLeavesPlanAlone(env: NodeJS.ProcessEnv, cwd: string): boolean {
  if (process.platform === 'win32') return false;
  for (const [name, value] of Object.entries(env)) if (/^npm_config_/i.test(name) && value !== undefined && PLAN_SETTING.test(name)) return false;
  const home = env.HOME || os.homedir();
  // The loader's default global prefix (loadGlobalPrefix), its globalconfig `<prefix>/etc/npmrc`.
  const prefix = env.PREFIX || (env.DESTDIR ? path.join(env.DESTDIR, path.dirname(path.dirname(process.execPath))) : path.dirname(path.dirname(process.execPath)));
  const files = [path.join(os.tmpdir(), 'clawguard-no-npm-builtin', 'npmrc'), path.resolve(home, '.npmrc'), path.resolve(prefix, 'etc', 'npmrc')];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    files.push(path.join(dir, '.npmrc'));
    if (path.dirname(dir) === dir) break;
  }
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      return false;
    }
    if (text.includes('${') || text.includes('[')) return false;
    for (const line of text.split(/\r?\n/)) if (!/^\s*[;#]/.test(line) && PLAN_SETTING.test(line)) return false;
  }
  return true;
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
async function recordable(source: AcquiredPlugin, plan: TreeDependencyPlan): Promise<boolean> {
  if (plan.packages.length > 0 || plan.tree.packages.length > 0 || plan.tree.findings.length > 0 || plan.tree.lifecycleScripts.length > 0) return false;
  const { planProjectManifest, readPluginManifest } = await import('../tree/plan-project.js');
  try {
    const project = planProjectManifest(readPluginManifest(source.packageDir));
    return Object.keys(project).join(',') === 'name,version,private,dependencies' && Object.keys(project.dependencies as Record<string, string>).length === 0;
  } catch {
    return false;
  }
}

/**
 * The report the stages give for this unchanged directory, from its record (what `inspectStage` assembles for
 * a root-only plan: test/install/inspect-plugin-record.test.ts holds the two to the same bytes).
 */
function answerFromRecord(rawSpec: string, derived: DerivedFromCopy, result: EngineResult, startedAt: number, options: InspectPluginOptions): Report {
  const progress = options.onProgress ?? (() => {});
  progress(`resolving ${rawSpec}`);
  const pluginPackage = `${derived.name}@${derived.version}`;
  progress(`resolving the dependencies of ${pluginPackage}`);
  // Read as the stages read it (a damaged approvals file is the same error); no script, so it decides nothing.
  readApprovals(pathsOf(options));
  progress('inspecting 1 package(s)');
  const root = placeRoot(derived.name, result);
  return buildReport({
    target: derived.target,
    findings: suppressInspection([...derived.leading, ...root.findings], options.suppressions, new Map([[pluginPackage, root.fileHashes]])),
    lifecycleScripts: [],
    packages: 1,
    files: root.files,
    bytes: root.bytes,
    startedAt,
    extra: { tree: derived.tree },
  });
}
