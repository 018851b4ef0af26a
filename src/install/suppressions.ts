import { applySuppressions, type Suppression } from '../inspect/suppressions.js';
import type { Finding } from '../report/types.js';

/**
 * Apply the operator's suppressions to a whole inspection (plugin and tree). A suppression is pinned to the
 * package version and the sha256 of the file the finding is in, so each package's own file hashes decide.
 */
export function suppressInspection(findings: Finding[], suppressions: readonly Suppression[] | undefined, hashesByPackage: ReadonlyMap<string, Record<string, string>>): Finding[] {
  if (!suppressions?.length) return findings;
  return applySuppressions(findings, suppressions, (f) => (f.package && f.file ? hashesByPackage.get(f.package)?.[f.file] : undefined));
}
