/**
 * The whole-tree stage (issue 4): resolve the plugin's production dependency tree with npm's resolver,
 * inspect every package in it, then install exactly that tree and run only approved scripts.
 *
 *   planTree     → lockfile (the plan) + per-package inspection, scripts, release age, provenance
 *   installTree  → reify from that lockfile, scripts off → verify against inspection → move → approved scripts
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Finding, LifecycleScript } from '../report/types.js';
import type { InstalledPackageRef, ScriptRunResult } from '../install/scripts.js';
import { emptyIdealTree } from './empty-plan.js';
import type { InspectedPackage, TreeInspection } from './inspect-tree.js';
import { lifecycleScriptsOf } from './lifecycle-scripts.js';
import type { NpmOptions } from './npmcli.js';
import type { ProgressDetail } from '../core/progress.js';
import type { UnpackLimits } from '../unpack/unpack-hardened.js';
import { readPluginManifest, writePlanProject } from './plan-project.js';
import type { SignatureSupport } from './registry-trust.js';
import { enforceProvenance, enforceTreeReleaseAge, nonRegistryFindings } from './tree-policy.js';

export { lifecycleScriptsOf, scriptKey, scriptSha256, IMPLICIT_GYP_COMMAND } from './lifecycle-scripts.js';
export type { InspectedPackage } from './inspect-tree.js';

export interface TreeOptions {
  /** The unpacked plugin (the root of the tree; inspected by the caller). */
  pluginDir: string;
  /** Scratch space owned by this command (inside staging for install, a temp dir for inspect). */
  workDir: string;
  npmOptions: NpmOptions;
  pluginName: string;
  pluginVersion: string;
  /** `--min-release-age` in days; 0 turns the gate off. */
  minReleaseAgeDays: number;
  requireProvenance?: boolean;
  /** `--max-unpacked-size` / `--max-entries`, applied to every package of the tree. */
  unpackLimits?: Partial<UnpackLimits>;
  /** Decides which scripts are approved (approvals file, or everything for `--allow-scripts`). */
  isApproved?: (script: LifecycleScript) => boolean;
  /** The registry's manifest of the plugin version (registry installs): its provenance counts too. */
  pluginRegistryManifest?: Record<string, unknown>;
  /** Plugin id, for the approve command printed in the report. */
  pluginId?: string;
  now?: Date;
  /** Per-package progress of fetch and inspection (see inspectTree). */
  onProgress?: (message: string, detail?: ProgressDetail) => void;
}

export interface TreePlan {
  planDir: string;
  /** package-lock.json text of the plan; its sha256 goes in the report. */
  lockfile: string;
  packages: InspectedPackage[];
  /** Findings of every dependency (with package and dependency path) plus tree-level ones. */
  findings: Finding[];
  /** Every lifecycle script of the tree, the plugin's own included, with its approval state. */
  lifecycleScripts: LifecycleScript[];
  stats: { packages: number; files: number; bytes: number };
  signatures: Array<Pick<SignatureSupport, 'available' | 'registry' | 'detail'>>;
  pluginPackage: string;
  /** Provenance attestation on the plugin package itself (undefined for local sources). */
  pluginProvenance?: boolean;
}

export const UNAPPROVED_SCRIPT_RULE = 'lifecycle-script-unapproved';

/** The exact command that approves what a report showed. */
export function approveCommand(pluginId: string): string {
  return `clawguard plugins approve-scripts ${pluginId} --all`;
}

export async function planTree(options: TreeOptions): Promise<TreePlan> {
  const pluginPackage = `${options.pluginName}@${options.pluginVersion}`;
  const manifest = readPluginManifest(options.pluginDir);
  const planDir = writePlanProject(options.workDir, manifest);
  // One full packument per package, shared by Arborist (resolution) and inspection (publish time,
  // provenance, registry manifest): fetched and parsed once instead of an abbreviated and a full copy.
  const npmOptions: NpmOptions = { ...options.npmOptions, fullMetadata: true, packumentCache: new Map() };
  // Nothing to resolve: the root-only tree without Arborist. Resolution, fetch and inspection modules load
  // only for a tree that has packages.
  const ideal =
    emptyIdealTree(planDir, manifest, npmOptions) ?? (await (await import('./ideal-tree.js')).buildIdealTree(planDir, options.pluginName, npmOptions));
  const inspection: TreeInspection =
    ideal.packages.length === 0
      ? { packages: [], signatures: [] }
      : await (await import('./inspect-tree.js')).inspectTree(ideal.packages, path.join(options.workDir, 'inspect'), npmOptions, options.unpackLimits, options.onProgress);
  enforceTreeReleaseAge(inspection.packages, options.minReleaseAgeDays, options.now);
  const pluginProvenance = options.pluginRegistryManifest ? hasProvenance(options.pluginRegistryManifest) : undefined;
  if (options.requireProvenance) enforceProvenance(inspection.packages, pluginProvenance === true ? undefined : pluginPackage);

  const rootScripts = lifecycleScriptsOf(options.pluginDir, manifest, pluginPackage, options.pluginName);
  const isApproved = options.isApproved ?? (() => false);
  const lifecycleScripts = [...rootScripts, ...inspection.packages.flatMap((p) => p.lifecycleScripts)].map((s) => ({ ...s, approved: isApproved(s) }));
  const findings = [...nonRegistryFindings(ideal), ...inspection.packages.flatMap((p) => p.findings)];
  const unapproved = lifecycleScripts.filter((s) => !s.approved);
  if (unapproved.length > 0) findings.push(unapprovedScriptsFinding(unapproved, options.pluginId ?? options.pluginName, pluginPackage));
  return {
    planDir,
    lockfile: ideal.lockfile,
    packages: inspection.packages,
    findings,
    lifecycleScripts,
    stats: {
      packages: inspection.packages.length,
      files: inspection.packages.reduce((n, p) => n + p.files, 0),
      bytes: inspection.packages.reduce((n, p) => n + p.bytes, 0),
    },
    signatures: inspection.signatures.map(({ available, registry, detail }) => ({ available, registry, detail })),
    pluginPackage,
    pluginProvenance,
  };
}

function hasProvenance(manifest: Record<string, unknown>): boolean {
  const dist = manifest.dist as { attestations?: { provenance?: unknown } } | undefined;
  return Boolean(dist?.attestations?.provenance);
}

/**
 * Scripts that will not run are a `medium` finding: the plugin installs (verdict warn), but may not work
 * until they are reviewed, and `--fail-on medium` turns "scripts required but not approved" into a refusal.
 */
function unapprovedScriptsFinding(scripts: LifecycleScript[], pluginId: string, pluginPackage: string): Finding {
  const list = scripts.map((s) => `${s.package} ${s.event}: ${s.command}`).join('; ');
  return {
    ruleId: UNAPPROVED_SCRIPT_RULE,
    severity: 'medium',
    message: `${scripts.length} lifecycle script(s) in the tree are not approved and will not run: ${list}`,
    package: pluginPackage,
    path: scripts[0].path,
    evidence: scripts[0].command,
    remediation: `review the commands above, then run: ${approveCommand(pluginId)} (or --package <name@version>) and re-install with --force`,
  };
}

/** Install the planned tree into the plugin (scripts off), verify it, then run the approved scripts. */
export async function installTree(plan: TreePlan, pluginDir: string, npmOptions: NpmOptions, env: NodeJS.ProcessEnv = process.env): Promise<ScriptRunResult> {
  const [{ installInspectedTree, moveTreeIntoPlugin }, { runApprovedScripts }] = await Promise.all([import('./install-tree.js'), import('../install/scripts.js')]);
  await installInspectedTree(plan.planDir, plan.packages, npmOptions, pluginDir);
  moveTreeIntoPlugin(plan.planDir, pluginDir);
  const [pluginName, pluginVersion] = splitPackageId(plan.pluginPackage);
  const refs: InstalledPackageRef[] = [
    { name: pluginName, version: pluginVersion, dir: pluginDir, depPath: pluginName, depth: 0 },
    ...plan.packages.map((p) => ({ name: p.name, version: p.version, dir: path.join(pluginDir, p.location), depPath: p.depPath, depth: p.depth })),
  ];
  return runApprovedScripts(refs, plan.lifecycleScripts, env);
}

function splitPackageId(id: string): [string, string] {
  const at = id.lastIndexOf('@');
  return [id.slice(0, at), id.slice(at + 1)];
}

/** The report's `tree` section and the ledger's `packages` list. */
export function treeSummary(plan: TreePlan) {
  return {
    lockfileSha256: createHash('sha256').update(plan.lockfile).digest('hex'),
    signatures: plan.signatures.map((s) => s.detail),
    packages: plan.packages.map((p) => ({
      package: `${p.name}@${p.version}`,
      path: p.depPath,
      integrity: p.integrity,
      publishedAt: p.trust.publishedAt?.toISOString(),
      provenance: p.trust.provenance.present,
      signature: p.trust.signature,
    })),
  };
}

export function ledgerPackages(plan: TreePlan): Array<{ name: string; version: string; integrity?: string; path: string }> {
  return plan.packages.map((p) => ({ name: p.name, version: p.version, integrity: p.integrity, path: p.depPath }));
}

/** Provenance for the ledger: present only when the plugin and every package of its tree have it. */
export function treeProvenance(plan: TreePlan): { present: boolean; verified?: boolean; detail?: string } {
  const missing = plan.packages.filter((p) => !p.trust.provenance.present).map((p) => `${p.name}@${p.version}`);
  if (plan.pluginProvenance !== true) missing.unshift(plan.pluginPackage);
  const verified = plan.packages.length > 0 && plan.packages.every((p) => p.trust.provenance.verified === true);
  return {
    present: missing.length === 0,
    ...(missing.length === 0 ? { verified } : {}),
    detail: missing.length === 0 ? plan.signatures.map((s) => s.detail).join('; ') : `no provenance: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`,
  };
}

