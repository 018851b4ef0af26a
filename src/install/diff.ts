import type { LedgerEntry } from '../ledger/types.js';
import type { Finding, LifecycleScript } from '../report/types.js';
import { fileHashes } from '../engine/content-digest.js';

/**
 * `plugins update`: what changed between the installed version and the candidate. Compromised releases of
 * a trusted plugin show up here first: a new install script, a new dependency, provenance that disappears,
 * a publisher nobody has seen before.
 */
export interface UpdateDiff {
  from: string;
  to: string;
  files: { added: string[]; removed: string[]; changed: string[] };
  dependencies: { added: string[]; removed: string[]; changed: Array<{ name: string; from: string; to: string }> };
  newLifecycleScripts: LifecycleScript[];
  newFindings: Finding[];
  provenanceLost: boolean;
  maintainers?: { before: string[]; after: string[]; added: string[]; removed: string[] };
}

export interface UpdateSide {
  /** Plugin directory (the installed one, or the staged candidate). */
  dir: string;
  packageId: string;
  packages: Array<{ name: string; version: string }>;
  scripts: LifecycleScript[];
  findings: Finding[];
  provenance?: boolean;
  /** Maintainers of this version per the registry (`maintainers` plus the publishing `_npmUser`). */
  maintainers?: string[];
}

export function computeUpdateDiff(before: UpdateSide, after: UpdateSide): UpdateDiff {
  const oldFiles = fileHashes(before.dir);
  const newFiles = fileHashes(after.dir);
  const files = {
    added: [...newFiles.keys()].filter((f) => !oldFiles.has(f)).sort(),
    removed: [...oldFiles.keys()].filter((f) => !newFiles.has(f)).sort(),
    changed: [...newFiles.keys()].filter((f) => oldFiles.has(f) && oldFiles.get(f) !== newFiles.get(f)).sort(),
  };
  const versionsOf = (pkgs: UpdateSide['packages']) => {
    const m = new Map<string, Set<string>>();
    for (const p of pkgs) m.set(p.name, (m.get(p.name) ?? new Set()).add(p.version));
    return m;
  };
  const oldDeps = versionsOf(before.packages);
  const newDeps = versionsOf(after.packages);
  const fmt = (s: Set<string>) => [...s].sort().join(', ');
  const dependencies = {
    added: [...newDeps.keys()].filter((n) => !oldDeps.has(n)).sort().map((n) => `${n}@${fmt(newDeps.get(n)!)}`),
    removed: [...oldDeps.keys()].filter((n) => !newDeps.has(n)).sort().map((n) => `${n}@${fmt(oldDeps.get(n)!)}`),
    changed: [...newDeps.keys()]
      .filter((n) => oldDeps.has(n) && fmt(oldDeps.get(n)!) !== fmt(newDeps.get(n)!))
      .sort()
      .map((name) => ({ name, from: fmt(oldDeps.get(name)!), to: fmt(newDeps.get(name)!) })),
  };
  // A script is new when its package (by name) had no script with the same event and the same text before:
  // a version bump alone does not make an old script new, an edited command does.
  const nameOf = (id: string) => id.slice(0, id.lastIndexOf('@'));
  const oldScripts = new Set(before.scripts.map((s) => `${nameOf(s.package)}\0${s.event}\0${s.sha256}`));
  const newLifecycleScripts = after.scripts.filter((s) => !oldScripts.has(`${nameOf(s.package)}\0${s.event}\0${s.sha256}`));
  const findingKey = (f: Finding) => `${f.ruleId}\0${f.package ? nameOf(f.package) : ''}\0${f.file ?? ''}\0${f.evidence ?? ''}`;
  const oldFindings = new Set(before.findings.map(findingKey));
  const newFindings = after.findings.filter((f) => !oldFindings.has(findingKey(f)));
  const diff: UpdateDiff = {
    from: before.packageId,
    to: after.packageId,
    files,
    dependencies,
    newLifecycleScripts,
    newFindings,
    provenanceLost: before.provenance === true && after.provenance !== true,
  };
  if (before.maintainers && after.maintainers) {
    const added = after.maintainers.filter((m) => !before.maintainers!.includes(m));
    const removed = before.maintainers.filter((m) => !after.maintainers!.includes(m));
    if (added.length || removed.length) diff.maintainers = { before: before.maintainers, after: after.maintainers, added, removed };
  }
  return diff;
}

/** Findings the update itself earns: contract floor of `high` for a new install script or lost provenance. */
export function updateDiffFindings(diff: UpdateDiff): Finding[] {
  const findings: Finding[] = diff.newLifecycleScripts.map((s) => ({
    ruleId: 'update-new-install-script',
    severity: 'high' as const,
    message: `${diff.to} adds an install-time script (${s.event}) that ${diff.from} did not have: ${s.command}`,
    package: s.package,
    path: s.path,
    evidence: s.command,
    remediation: 'read the script and what it runs before approving it; a new install script in a point release is how hijacked packages deliver malware',
  }));
  if (diff.provenanceLost)
    findings.push({
      ruleId: 'update-provenance-lost',
      severity: 'high',
      message: `${diff.from} was published with provenance (or its whole tree was); ${diff.to} is not`,
      package: diff.to,
      remediation: 'a release built outside the project\'s CI is a sign of a stolen publish token; confirm with the maintainers before updating',
    });
  if (diff.maintainers)
    findings.push({
      ruleId: 'update-maintainers-changed',
      severity: 'medium',
      message: `maintainers changed from ${diff.from} to ${diff.to}: ${[...diff.maintainers.added.map((m) => `+${m}`), ...diff.maintainers.removed.map((m) => `-${m}`)].join(' ')}`,
      package: diff.to,
      remediation: 'check that the new maintainer or publisher is legitimate (project announcements, repository history)',
    });
  return findings;
}

/** Maintainers (and the publisher) of one version, from its registry manifest. */
export function maintainersOf(manifest: Record<string, unknown> | undefined): string[] | undefined {
  if (!manifest) return undefined;
  const people = [...((manifest.maintainers as Array<{ name?: string }> | undefined) ?? [])];
  const publisher = manifest._npmUser as { name?: string } | undefined;
  if (publisher?.name) people.push(publisher);
  return [...new Set(people.map((p) => p.name).filter((n): n is string => Boolean(n)))].sort();
}

/** The side of the installed version, from its ledger entry and the scripts its install reported. */
export function installedSide(entry: LedgerEntry, scripts: LifecycleScript[], findings: Finding[], maintainers?: string[]): UpdateSide {
  return {
    dir: entry.dir,
    packageId: `${entry.name}@${entry.version}`,
    packages: entry.packages ?? [],
    scripts,
    findings,
    provenance: entry.provenance?.present,
    maintainers,
  };
}
