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
export async function installInspectedTree(planDir: string, packages: InspectedPackage[], npmOptions: NpmOptions): Promise<void> {
  if (packages.length === 0) return;
  pinLockfileToInspectedTarballs(planDir, packages);
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
