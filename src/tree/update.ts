import semver from 'semver';
import { inputError } from '../core/errors.js';
import { resolveStatePaths } from '../core/state.js';
import { fetchPackument } from '../fetch/registry.js';
import { InspectionService, withDepPath } from '../engine/index.js';
import { computeUpdateDiff, installedSide, maintainersOf, updateDiffFindings, type UpdateDiff } from '../install/diff.js';
import { installPlugin, type InstallResult } from '../install/install-plugin.js';
import type { CandidateReview, InstallPluginOptions } from '../install/options.js';
import { readApprovals } from '../ledger/approvals.js';
import { readLedger } from '../ledger/ledger.js';
import type { Finding } from '../report/types.js';
import { loadNpmOptions } from '../resolve/npm-config.js';
import { isTreePlan } from './stage.js';
import { treeProvenance } from './index.js';

export interface UpdateResult extends InstallResult {
  diff: UpdateDiff;
}

/**
 * `clawguard plugins update <id> <exact-version>`: the install pipeline with `--force`, plus a review of the
 * candidate against the installed version before the decision, so what the update adds (scripts,
 * dependencies, lost provenance, new maintainers) counts toward the verdict and `--fail-on`.
 */
export async function updatePlugin(pluginId: string, version: string, options: InstallPluginOptions = {}): Promise<UpdateResult> {
  const paths = resolveStatePaths({ stateDir: options.stateDir, config: options.config, env: options.env });
  const entry = readLedger(paths).plugins[pluginId];
  if (!entry)
    throw inputError('EUNKNOWN_PLUGIN', `no plugin "${pluginId}" is installed by clawguard`, { hint: "'clawguard plugins list' shows the installed ids" });
  if (entry.source.kind !== 'registry')
    throw inputError('EUPDATE_SOURCE', `plugin "${pluginId}" was installed from ${entry.source.kind} ${entry.source.spec}, not from a registry`, {
      hint: `install the new copy with 'clawguard plugins install <dir|tgz> --force'`,
    });
  if (!semver.valid(version))
    throw inputError('ESPEC_UNPINNED', `"${version}" is not an exact version`, { hint: `pass one, e.g. clawguard plugins update ${pluginId} 1.2.3` });
  const oldScripts = readApprovals(paths).shown[pluginId] ?? [];
  let diff: UpdateDiff | undefined;

  const reviewCandidate = async (candidate: CandidateReview): Promise<{ findings: Finding[]; section: Record<string, unknown> }> => {
    const npmOptions = await loadNpmOptions({ registry: options.registry, cwd: options.cwd, env: options.env });
    const packument = await fetchPackument(entry.name, npmOptions);
    // The installed plugin's own findings come from inspecting it where it lies; a dependency whose exact
    // version was already installed carries the same bytes, so its findings are not new.
    const engine = new InspectionService();
    const inspectedRoot = await engine.inspectDir('package', entry.dir, { packageId: `${entry.name}@${entry.version}` }).finally(() => engine.close());
    const oldRoot = { findings: withDepPath(inspectedRoot.findings, entry.name) };
    const oldPackages = new Set((entry.packages ?? []).map((p) => `${p.name}@${p.version}`));
    const carried = candidate.report.findings.filter((f) => f.package && oldPackages.has(f.package));
    const tree = isTreePlan(candidate.plan) ? candidate.plan.tree : undefined;
    diff = computeUpdateDiff(
      installedSide(entry, oldScripts, [...oldRoot.findings, ...carried], maintainersOf(packument.versions[entry.version])),
      {
        dir: candidate.packageDir,
        packageId: `${entry.name}@${version}`,
        packages: candidate.plan.packages,
        scripts: candidate.report.lifecycleScripts,
        findings: candidate.report.findings,
        provenance: tree ? treeProvenance(tree).present : undefined,
        maintainers: maintainersOf(packument.versions[version]),
      },
    );
    return { findings: updateDiffFindings(diff), section: { update: diff } };
  };

  const result = await installPlugin(`${entry.name}@${version}`, { ...options, force: true, reviewCandidate });
  return { ...result, diff: diff! };
}
