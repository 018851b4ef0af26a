import type { Report } from '../report/types.js';
import { loadNpmOptions } from '../resolve/npm-config.js';
import { parsePluginSpec } from '../resolve/spec.js';
import { dependenciesStage, inspectStage, startRootInspection, validateStage } from './inspection.js';
import type { InspectPluginOptions } from './options.js';
import { acquirePlugin } from './source.js';
import { createScratch } from './scratch.js';
import { isApproved, readApprovals } from '../ledger/approvals.js';
import { treeDependencyStage } from '../tree/stage.js';
import { pathsOf } from './options.js';

/**
 * `clawguard plugins inspect`: the same resolve → fetch → unpack → validate → dependencies → inspect stages
 * as install, in a temp dir outside the state dir (nothing under it is written). Registry specs need not be
 * pinned; a package that is not a valid plugin gets a low finding and is inspected all the same.
 */
export async function inspectPlugin(rawSpec: string, options: InspectPluginOptions = {}): Promise<Report> {
  const startedAt = Date.now();
  const progress = options.onProgress ?? (() => {});
  const spec = parsePluginSpec(rawSpec, { requirePin: false, cwd: options.cwd });
  const npmOptions = await loadNpmOptions({ registry: options.registry, cwd: options.cwd, env: options.env });
  const scratch = createScratch();
  try {
    progress(`resolving ${rawSpec}`);
    const source = await acquirePlugin(spec, scratch.packageDir, { npmOptions, limits: options.limits });
    const validation = await validateStage(source);
    progress(`resolving the dependencies of ${source.name}@${source.version}`);
    // Approval state is read (never written): the report says which scripts an install would run.
    const approvals = readApprovals(pathsOf(options));
    const treeStage = treeDependencyStage({ unpackLimits: options.limits, isApproved: (s) => isApproved(approvals, s), pluginId: validation.valid ? validation.pluginId : undefined, onProgress: options.onProgress });
    const rootInspection = startRootInspection(source, npmOptions);
    const { plan } = await dependenciesStage(source, scratch.dir, npmOptions, treeStage);
    progress(`inspecting ${1 + plan.packages.length} package(s)`);
    return await inspectStage(source, validation, plan, startedAt, rootInspection, options.suppressions);
  } finally {
    scratch.dispose();
  }
}
