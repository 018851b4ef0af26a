import fs from 'node:fs';
import path from 'node:path';
import { operationalError, policyError } from '../core/errors.js';
import { mapFetchError } from '../fetch/errors.js';
import type { InspectedPackage } from './inspect-tree.js';
import { newArborist, type ArboristNode, type NpmOptions } from './npmcli.js';
import { contentDigest } from '../engine/content-digest.js';

/**
 * Install the inspected tree and nothing else: Arborist reifies the plan project from the lockfile written
 * during inspection (no re-resolution: the lockfile pins version and integrity of every package), with
 * every lifecycle script off, from the very tarballs that were inspected (the lockfile's `resolved` points
 * at them), so a registry that changes its bytes after inspection is never asked again. pacote checks each
 * tarball against the lockfile's integrity (a file altered on disk meanwhile: exit 3); then the installed
 * tree is checked package by package against what was inspected (same set of packages, same versions,
 * same file contents, exit 1 otherwise) before it is moved into the plugin.
 */
export async function installInspectedTree(planDir: string, packages: InspectedPackage[], npmOptions: NpmOptions, pluginDir?: string): Promise<void> {
  if (packages.length === 0) return;
  pinLockfileToInspectedTarballs(planDir, packages);
  // Packages the plugin's tarball bundled at the same top-level name are never moved into the plugin (the
  // bundled copy, inspected with the plugin, stays): leave them out of the reify instead of extracting,
  // verifying and deleting them again.
  const shadowed = pluginDir ? shadowedByBundle(planDir, packages, pluginDir) : new Set<string>();
  if (shadowed.size > 0) {
    packages = packages.filter((p) => !shadowed.has(p.location));
    dropFromPlan(planDir, shadowed);
    if (packages.length === 0) return;
  }
  const arborist = newArborist({ ...npmOptions, path: planDir, ignoreScripts: true, audit: false, fund: false, save: false, binLinks: true });
  try {
    await arborist.reify({ ignoreScripts: true, omit: ['dev'], save: false, packageLock: false });
  } catch (err) {
    // Arborist's integrity errors do not name the package: find it by the integrity it wanted.
    const message = String((err as Error).message ?? '');
    const culprit = packages.find((p) => message.includes(p.integrity));
    const what = culprit ? `${culprit.name}@${culprit.version}` : ((err as { package?: string }).package ?? 'a dependency of the plugin');
    throw mapFetchError(err, { what, registry: String(npmOptions.registry ?? 'the registry'), stage: 'tarball' });
  }
  await verifyInstalledTree(planDir, packages);
}

function pinLockfileToInspectedTarballs(planDir: string, packages: InspectedPackage[]): void {
  const lockPath = path.join(planDir, 'package-lock.json');
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { packages: Record<string, { resolved?: string; integrity?: string }> };
  for (const pkg of packages) {
    const entry = lock.packages[pkg.location];
    if (entry && entry.integrity === pkg.integrity) entry.resolved = `file:${pkg.tarballPath}`;
  }
  fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`, { mode: 0o600 });
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  optional?: boolean;
  link?: boolean;
  bin?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface PlanLock {
  packages: Record<string, LockEntry & { name?: string }>;
}

/** `node_modules/@s/a/node_modules/b` → `@s` (the top-level entry moveTreeIntoPlugin moves or keeps as a whole). */
function topEntryOf(location: string): string | undefined {
  const m = /^node_modules\/([^/]+)/.exec(location);
  return m?.[1];
}

/**
 * The locations of the plan that moveTreeIntoPlugin would leave behind: their top-level entry exists in the
 * plugin's own node_modules (packages its tarball bundled). Empty (the whole plan is installed, as before)
 * when leaving them out could change what the rest installs: a package that stays resolves a dependency to
 * one of them, one of them links a bin into node_modules/.bin, or the plan has overrides (a pinned root
 * dependency could conflict with one).
 */
export function shadowedByBundle(planDir: string, packages: InspectedPackage[], pluginDir: string): Set<string> {
  const pluginModules = path.join(pluginDir, 'node_modules');
  if (!fs.existsSync(pluginModules)) return new Set();
  const shadowed = new Set<string>();
  for (const p of packages) {
    const top = topEntryOf(p.location);
    if (top && fs.existsSync(path.join(pluginModules, top))) shadowed.add(p.location);
  }
  if (shadowed.size === 0) return shadowed;
  const manifest = JSON.parse(fs.readFileSync(path.join(planDir, 'package.json'), 'utf8')) as { overrides?: unknown };
  if (manifest.overrides) return new Set();
  const lock = JSON.parse(fs.readFileSync(path.join(planDir, 'package-lock.json'), 'utf8')) as PlanLock;
  for (const location of shadowed) if (lock.packages[location]?.bin) return new Set();
  // Anything else of the lockfile under a shadowed entry (a stubbed, unresolvable dependency) is not a
  // package of the plan: keep the plan whole.
  for (const location of Object.keys(lock.packages)) {
    const top = topEntryOf(location);
    if (top && !shadowed.has(location) && fs.existsSync(path.join(pluginModules, top))) return new Set();
  }
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === '' || shadowed.has(location)) continue;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const)
      for (const name of Object.keys(entry[field] ?? {})) {
        const resolved = resolveIn(lock, location, name);
        if (resolved !== undefined && shadowed.has(resolved)) return new Set();
      }
  }
  return shadowed;
}

/** Node's lookup in the lockfile: `<loc>/node_modules/<name>`, then each ancestor's, then the top level. */
function resolveIn(lock: PlanLock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at < 0 ? '' : base.slice(0, at);
  }
}

/**
 * Take the shadowed packages out of the plan project and its lockfile. Every top-level package that stays
 * becomes a root dependency pinned to its locked version (optional ones optional), so nothing that only a
 * shadowed package required turns extraneous and is pruned: the rest of the tree installs exactly as
 * planned, from the lockfile, without re-resolution (verifyInstalledTree checks that it did).
 */
function dropFromPlan(planDir: string, shadowed: Set<string>): void {
  const lockPath = path.join(planDir, 'package-lock.json');
  const manifestPath = path.join(planDir, 'package.json');
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as PlanLock;
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown> & {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  for (const location of shadowed) delete lock.packages[location];
  const dependencies: Record<string, string> = { ...(manifest.dependencies ?? {}) };
  const optionalDependencies: Record<string, string> = { ...(manifest.optionalDependencies ?? {}) };
  for (const location of shadowed) {
    const name = location.slice('node_modules/'.length);
    if (location.includes('/node_modules/', 1)) continue;
    delete dependencies[name];
    delete optionalDependencies[name];
  }
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!location.startsWith('node_modules/') || location.includes('/node_modules/', 1) || entry.link || !entry.version) continue;
    const name = location.slice('node_modules/'.length);
    if (name in dependencies || name in optionalDependencies) continue;
    (entry.optional ? optionalDependencies : dependencies)[name] = entry.version;
  }
  const next = { ...manifest, dependencies };
  if (Object.keys(optionalDependencies).length > 0) next.optionalDependencies = optionalDependencies;
  else delete next.optionalDependencies;
  const root = lock.packages[''] as LockEntry & Record<string, unknown>;
  if (root) {
    root.dependencies = dependencies;
    if (next.optionalDependencies) root.optionalDependencies = optionalDependencies;
    else delete root.optionalDependencies;
  }
  fs.writeFileSync(manifestPath, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
  fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`, { mode: 0o600 });
}

export async function verifyInstalledTree(planDir: string, packages: InspectedPackage[]): Promise<void> {
  const actual = await newArborist({ path: planDir }).loadActual({});
  const expected = new Map(packages.map((p) => [p.location, p]));
  const problems: string[] = [];
  for (const node of actual.inventory.values() as Iterable<ArboristNode>) {
    if (node.isRoot || node.isLink) continue;
    const want = expected.get(node.location);
    if (!want) {
      if (!node.inBundle) problems.push(`${node.location}: ${node.packageName}@${node.version} was installed but never inspected`);
      continue;
    }
    if (node.packageName !== want.name || node.version !== want.version)
      problems.push(`${node.location}: installed ${node.packageName}@${node.version}, inspected ${want.name}@${want.version}`);
    else if (contentDigest(node.path).installedSha256 !== want.digest) problems.push(`${node.location}: ${want.name}@${want.version} differs from the inspected bytes`);
    expected.delete(node.location);
  }
  for (const missing of expected.values())
    if (!missing.optional) problems.push(`${missing.location}: ${missing.name}@${missing.version} was inspected but not installed`);
  if (problems.length > 0)
    throw policyError('ETREE_INTEGRITY_MISMATCH', `the installed dependency tree differs from the inspected one:\n  ${problems.join('\n  ')}`, {
      hint: 'nothing was installed; clear the npm cache (npm cache clean --force) and run the command again; if it persists, the registry or a proxy is serving changed packages',
      detail: { problems },
    });
}

/** Move the verified tree into the plugin. Packages the tarball bundled itself stay as shipped (they were inspected with it). */
export function moveTreeIntoPlugin(planDir: string, pluginDir: string): void {
  const source = path.join(planDir, 'node_modules');
  if (!fs.existsSync(source)) return;
  const target = path.join(pluginDir, 'node_modules');
  try {
    if (!fs.existsSync(target)) {
      fs.renameSync(source, target);
      return;
    }
    for (const name of fs.readdirSync(source)) {
      const dest = path.join(target, name);
      if (!fs.existsSync(dest)) fs.renameSync(path.join(source, name), dest);
    }
  } catch (err) {
    throw operationalError('ETREE_MOVE', `cannot move the installed dependencies into the plugin: ${(err as Error).message}`, {
      hint: 'check free space and permissions of the state dir, then run the command again',
      cause: err,
    });
  }
}
