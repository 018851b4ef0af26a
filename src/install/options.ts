import { resolveStatePaths, type StatePaths } from '../core/state.js';
import type { ProgressDetail } from '../core/progress.js';
import type { Report, Severity } from '../report/types.js';
import type { UnpackLimits } from '../unpack/limits.js';
import type { DependencyPlan } from './dependencies.js';
import type { Finding } from '../report/types.js';
import type { Suppression } from '../inspect/index.js';

/** Options every plugin command of the library API takes (the CLI maps its flags onto these). */
export interface PluginCommandOptions {
  stateDir?: string;
  config?: string;
  /** `--registry`; default: the user's npm configuration. */
  registry?: string;
  /** Base for relative local paths and project `.npmrc` lookup. Default: process.cwd(). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Progress lines for humans (the CLI sends them to stderr or a progress bar); `detail` counts tree packages. */
  onProgress?: (message: string, detail?: ProgressDetail) => void;
}

export interface InspectPluginOptions extends PluginCommandOptions {
  /** Unpack bounds (`--max-unpacked-size`, `--max-entries`). */
  limits?: Partial<UnpackLimits>;
  /** Reviewed suppressions (`loadSuppressions`): matching findings stay in the report, marked, and stop counting. */
  suppressions?: readonly Suppression[];
}

export interface InstallPluginOptions extends InspectPluginOptions {
  /** Refuse when any finding is at or above this severity. Default `critical`. */
  failOn?: Severity;
  /** Refuse registry versions younger than this many days. Default 1; 0 turns the gate off. */
  minReleaseAgeDays?: number;
  /** Replace an installed version (kept until the new one is complete, restored on failure). */
  force?: boolean;
  /** Run the tree's lifecycle scripts after showing them (one-shot approval). */
  allowScripts?: boolean;
  /** `--require-provenance`: refuse when the plugin or any package of its tree has no provenance attestation. */
  requireProvenance?: boolean;
  /** `plugins update`: review the inspected candidate before the decision; its findings count toward the verdict. */
  reviewCandidate?: (candidate: CandidateReview) => Promise<{ findings: Finding[]; section: Record<string, unknown> }>;
  /** Asked once the report is ready and before anything is committed; false declines (exit 1). Omit for no prompt (`--yes`). */
  confirm?: (report: Report) => Promise<boolean>;
}

/** What `reviewCandidate` sees: the report, the staged plugin and its dependency plan, before anything is committed. */
export interface CandidateReview {
  report: Report;
  packageDir: string;
  plan: DependencyPlan;
}

export function pathsOf(options: PluginCommandOptions): StatePaths {
  return resolveStatePaths({ stateDir: options.stateDir, config: options.config, env: options.env });
}
