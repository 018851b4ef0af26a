/**
 * Stage "plugin-dependency-tree" (INSTALL_POLICY.md §3.3 A.3, C.3, D.3, E.3, G): the staged project with its
 * full `node_modules`, after `npm install --ignore-scripts` and before OpenClaw publishes it. Every package
 * on disk is inspected (cached by content, so the plugin seen in the previous call costs a hash, not a scan),
 * and links leaving the stage are refused.
 *
 * The whole tree, the project's own package included, is one batch of the inspection service
 * (`InspectionService.inspectDirs`): everything is digested and looked up first, then the engine runs on what
 * was not in the cache, largest package first, on every core. The deadline is checked before each piece of
 * work starts; a package the engine finished before it is cached, so a retry continues from there.
 */
import fs from 'node:fs';
import type { Finding } from '../../../report/types.js';
import { inspectPackageCached, packageIdOf, placePackageInspection } from '../inspect-cached.js';
import { listTreePackages, TreeTooLarge, type TreePackage } from '../node-modules.js';
import type { PolicyOutcome } from '../respond.js';
import { checkDeadline, type StageContext } from '../stage-context.js';
import { symlinkEscapes } from '../symlinks.js';

export interface TreeResult {
  findings: Finding[];
  /** Packages under node_modules/ (the root package, when included, is not counted). */
  packages: number;
}

const MiB = 1024 * 1024;

/**
 * Inspect every package under `<root>/node_modules`, and with `withRoot` the package at `root` itself (one
 * batch: the root's engine run is scheduled with the rest instead of running on this thread first).
 * Throws TreeTooLarge before inspecting anything.
 */
export async function inspectNodeModules(root: string, ctx: StageContext, rootName: string, options: { withRoot?: boolean } = {}): Promise<TreeResult> {
  const packages = listTreePackages(root, rootName);
  const items: TreePackage[] = [...(options.withRoot ? [{ dir: root, relDir: '', depPath: rootName }] : []), ...packages];
  const ids = items.map((p) => packageIdOf(p.dir, p.relDir || ctx.request.targetName));
  const findings: Finding[] = [];
  let cached = 0;
  let engineBytes = 0;
  let longest: { id: string; ms: number; bytes: number } | undefined;
  const started = Date.now();
  await ctx.engine.inspectDirs(
    items.map((p, i) => ({ kind: 'package' as const, dir: p.dir, packageId: ids[i], excludeNodeModules: true })),
    (i, res) => {
      if (!(res instanceof Error)) {
        if (res.cached) cached++;
        else engineBytes += res.bytes;
        if (res.engineMs !== undefined && (!longest || res.engineMs > longest.ms)) longest = { id: ids[i], ms: res.engineMs, bytes: res.bytes };
      }
      findings.push(...placePackageInspection(res, ids[i], ctx, { relDir: items[i].relDir, depPath: items[i].depPath }).findings);
    },
    { beforeEach: (done, total) => checkDeadline(ctx, done, total) },
  );
  const engineRuns = items.length - cached;
  ctx.log(
    `tree: ${items.length} packages in ${Date.now() - started} ms, ${cached} from the cache, the engine on ${engineRuns}${engineRuns ? ` (${(engineBytes / MiB).toFixed(1)} MiB)` : ''}` +
      (longest ? `; longest: ${longest.id} ${longest.ms} ms for ${(longest.bytes / MiB).toFixed(1)} MiB` : ''),
  );
  return { findings, packages: packages.length };
}

export async function evaluateDependencyTree(ctx: StageContext): Promise<PolicyOutcome> {
  const root = ctx.request.sourcePath;
  const name = ctx.request.targetName;
  const findings: Finding[] = [...symlinkEscapes(root)];
  const withRoot = fs.existsSync(`${root}/package.json`);
  try {
    const tree = await inspectNodeModules(root, ctx, name, { withRoot });
    findings.push(...tree.findings);
    const total = (withRoot ? 1 : 0) + tree.packages;
    return { subject: `the dependency tree of ${name} (${total} package${total === 1 ? '' : 's'})`, findings };
  } catch (err) {
    if (!(err instanceof TreeTooLarge)) throw err;
    // Still say what the project itself holds; the tree is refused as a whole.
    if (withRoot) findings.push(...(await inspectRootOnly(root, ctx, name)));
    return { subject: `the dependency tree of ${name}`, findings, failure: err.message };
  }
}

/** The root package alone (a tree too large to inspect). */
export async function inspectRootOnly(root: string, ctx: StageContext, name: string): Promise<Finding[]> {
  return (await inspectPackageCached(root, ctx, { relDir: '', depPath: name })).findings;
}
