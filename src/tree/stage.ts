import type { DependencyContext, DependencyPlan } from '../install/dependencies.js';
import type { LifecycleScript } from '../report/types.js';
import type { UnpackLimits } from '../unpack/unpack-hardened.js';
import type { ScriptRunResult } from '../install/scripts.js';
import type { ProgressDetail } from '../core/progress.js';
import { installTree, ledgerPackages, planTree, type TreePlan } from './index.js';

/**
 * The whole-tree dependency stage, in the install pipeline's stage interface: `resolve` plans and
 * inspects the tree (nothing installed), `install` installs exactly that plan and runs approved scripts.
 */
export interface TreeStageSettings {
  /** `--min-release-age`; undefined (inspect) checks nothing. */
  minReleaseAgeDays?: number;
  requireProvenance?: boolean;
  unpackLimits?: Partial<UnpackLimits>;
  isApproved?: (script: LifecycleScript) => boolean;
  pluginId?: string;
  pluginRegistryManifest?: Record<string, unknown>;
  /** Environment the approved scripts start from (secrets are stripped from it). */
  env?: NodeJS.ProcessEnv;
  /** Per-package progress (fetched, inspected) for the CLI's progress bar; may throw to stop (Ctrl-C). */
  onProgress?: (message: string, detail?: ProgressDetail) => void;
}

export interface TreeDependencyPlan extends DependencyPlan {
  tree: TreePlan;
}

export function isTreePlan(plan: DependencyPlan): plan is TreeDependencyPlan {
  return (plan as Partial<TreeDependencyPlan>).tree !== undefined;
}

export interface TreeDependencyStage {
  resolve(ctx: DependencyContext): Promise<TreeDependencyPlan>;
  /** Installs the plan into the plugin; returns which scripts ran and which were skipped for lack of approval. */
  install(ctx: DependencyContext, plan: DependencyPlan): Promise<ScriptRunResult>;
}

export function treeDependencyStage(settings: TreeStageSettings = {}): TreeDependencyStage {
  return {
    async resolve(ctx: DependencyContext): Promise<TreeDependencyPlan> {
      const at = ctx.pluginPackage.lastIndexOf('@');
      const tree = await planTree({
        pluginDir: ctx.packageDir,
        workDir: `${ctx.workDir}/tree`,
        npmOptions: ctx.npmOptions,
        pluginName: ctx.pluginName,
        pluginVersion: ctx.pluginPackage.slice(at + 1),
        minReleaseAgeDays: settings.minReleaseAgeDays ?? 0,
        requireProvenance: settings.requireProvenance,
        unpackLimits: settings.unpackLimits,
        isApproved: settings.isApproved,
        pluginId: settings.pluginId,
        pluginRegistryManifest: settings.pluginRegistryManifest,
        onProgress: settings.onProgress,
      });
      // Inspection already happened inside the plan (in parallel, on hardened unpacked copies): no
      // package directory is handed back for a second pass.
      return { packages: ledgerPackages(tree).map((p) => ({ ...p, dir: '' })), tree };
    },
    async install(ctx: DependencyContext, plan: DependencyPlan): Promise<ScriptRunResult> {
      if (!isTreePlan(plan)) throw new TypeError('the tree stage installs only a plan it resolved itself');
      return installTree(plan.tree, ctx.packageDir, ctx.npmOptions, settings.env);
    },
  };
}
