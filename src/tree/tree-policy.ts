import { isClawguardError, policyError } from '../core/errors.js';
import { checkReleaseAge } from '../fetch/release-age.js';
import type { Finding } from '../report/types.js';
import type { IdealTree } from './ideal-tree.js';
import type { InspectedPackage } from './inspect-tree.js';

/**
 * Release age over the whole tree: compromised versions of popular dependencies are where supply-chain
 * attacks live, and they are usually pulled within a day. Every too-new package is listed at once, so one
 * refusal tells the operator everything to review.
 */
export function enforceTreeReleaseAge(packages: InspectedPackage[], minDays: number, now = new Date()): void {
  const refused: Array<{ package: string; path: string; publishedAt?: string; reason: string }> = [];
  for (const pkg of packages) {
    const what = `${pkg.name}@${pkg.version}`;
    try {
      checkReleaseAge(pkg.trust.publishedAt, minDays, { what, now });
    } catch (err) {
      if (!isClawguardError(err) || err.exitClass !== 'policy') throw err;
      refused.push({ package: what, path: pkg.depPath, publishedAt: pkg.trust.publishedAt?.toISOString(), reason: err.message });
    }
  }
  if (refused.length === 0) return;
  const lines = refused.map((r) => `  ${r.package} (${r.path}): published ${r.publishedAt ?? 'at an unknown time'}`);
  throw policyError(
    'ETREE_RELEASE_TOO_RECENT',
    `${refused.length} package(s) in the dependency tree are younger than the minimum release age of ${minDays} day(s):\n${lines.join('\n')}`,
    {
      hint: 'wait until they are older, pin a plugin version whose tree is older, or pass --min-release-age 0 to accept them now',
      detail: { minDays, packages: refused },
    },
  );
}

/** `--require-provenance`: every package must carry a provenance attestation (verified where keys exist). */
export function enforceProvenance(packages: InspectedPackage[], pluginWithout?: string): void {
  const missing = packages.filter((p) => !p.trust.provenance.present).map((p) => ({ package: `${p.name}@${p.version}`, path: p.depPath }));
  if (pluginWithout) missing.unshift({ package: pluginWithout, path: '(the plugin)' });
  if (missing.length === 0) return;
  throw policyError(
    'ETREE_NO_PROVENANCE',
    `${missing.length} package(s) have no provenance attestation:\n${missing.map((p) => `  ${p.package} (${p.path})`).join('\n')}`,
    {
      hint: 'drop --require-provenance to install without it, or pick versions published with npm provenance',
      detail: { packages: missing },
    },
  );
}

/**
 * A dependency on git, a remote URL or a local path escapes the registry: no published integrity, no
 * release time, no signature, and a git dependency runs its `prepare` script just to be packed. It cannot
 * be inspected without executing it, so it blocks.
 */
export function nonRegistryFindings(tree: IdealTree): Finding[] {
  return tree.nonRegistry.map((dep) => ({
    ruleId: 'tree-dependency-outside-registry',
    severity: 'critical' as const,
    message: dep.why
      ? `dependency ${dep.name} (${dep.spec}) could not be inspected: ${dep.why}; every other package of the tree was`
      : `dependency ${dep.name} comes from ${dep.spec}, not from a registry tarball: it cannot be integrity-checked, and a git dependency runs its prepare script to be packed`,
    package: dep.name,
    path: dep.depPath,
    evidence: dep.spec,
    remediation: 'ask the plugin author to depend on a published registry version',
  }));
}
