import fs from 'node:fs';
import path from 'node:path';
import { inputError, operationalError, policyError } from '../core/errors.js';
import { Arborist, type ArboristNode, type NpmOptions } from './npmcli.js';

/** One package of the resolved production tree: what will be fetched, inspected and installed. */
export interface PlannedPackage {
  name: string;
  version: string;
  /** `node_modules/a/node_modules/b`: where it lands inside the plugin directory. */
  location: string;
  /** `plugin>a>b`: the shortest chain of dependency edges from the plugin to this package. */
  depPath: string;
  resolved: string;
  integrity: string;
  /** Depth in the dependency graph (plugin's direct deps are 1); scripts run deepest first. */
  depth: number;
  optional: boolean;
}

export interface IdealTree {
  /** The lockfile the tree implies (package-lock.json v3 text): the install plan. */
  lockfile: string;
  packages: PlannedPackage[];
  /** Dependencies that do not come from a registry tarball (git, remote URL, local path). */
  nonRegistry: Array<{ name: string; depPath: string; spec: string }>;
}

/** Edge types that are installed for a production install (npm 11: dev omitted, peers installed). */
const PRODUCTION_EDGES = new Set(['prod', 'optional', 'peer', 'peerOptional']);

/**
 * Resolve the whole production tree with npm's own resolver, before anything is installed: nothing is
 * unpacked and no script runs here (Arborist only reads packuments). The result is pinned: every package
 * has an exact version, a tarball URL and an integrity, and installing later reads only this lockfile.
 */
export async function buildIdealTree(planDir: string, pluginLabel: string, npmOptions: NpmOptions): Promise<IdealTree> {
  const arborist = new Arborist({ ...npmOptions, path: planDir, ignoreScripts: true, audit: false, fund: false, save: false });
  let root: ArboristNode;
  try {
    root = await arborist.buildIdealTree({});
  } catch (err) {
    throw resolutionError(err as NodeJS.ErrnoException & { package?: string });
  }
  const depPaths = shortestDependencyPaths(root, pluginLabel);
  const packages: PlannedPackage[] = [];
  const nonRegistry: IdealTree['nonRegistry'] = [];
  for (const node of root.inventory.values()) {
    if (node.isRoot || node.isLink || node.dev) continue;
    const found = depPaths.get(node);
    if (!found) continue; // extraneous to the production graph
    if (!node.resolved || !node.integrity || !/^https?:\/\//.test(node.resolved)) {
      nonRegistry.push({ name: node.packageName, depPath: found.path, spec: node.resolved ?? '(unknown)' });
      continue;
    }
    packages.push({
      name: node.packageName,
      version: node.version,
      location: node.location,
      depPath: found.path,
      resolved: node.resolved,
      integrity: node.integrity,
      depth: found.depth,
      optional: node.optional,
    });
  }
  packages.sort((a, b) => a.location.localeCompare(b.location));
  const lockfile = root.meta.toString();
  fs.writeFileSync(path.join(planDir, 'package-lock.json'), lockfile, { mode: 0o600 });
  return { lockfile, packages, nonRegistry };
}

/** Breadth-first over production edges, so each package gets the shortest `plugin>dep>dep` chain. */
function shortestDependencyPaths(root: ArboristNode, pluginLabel: string): Map<ArboristNode, { path: string; depth: number }> {
  const seen = new Map<ArboristNode, { path: string; depth: number }>();
  const queue: Array<{ node: ArboristNode; path: string; depth: number }> = [{ node: root, path: pluginLabel, depth: 0 }];
  while (queue.length > 0) {
    const { node, path: chain, depth } = queue.shift()!;
    for (const edge of node.edgesOut.values()) {
      if (!PRODUCTION_EDGES.has(edge.type) || !edge.to) continue;
      const target = edge.to.isLink && (edge.to as ArboristNode & { target?: ArboristNode }).target ? (edge.to as ArboristNode & { target: ArboristNode }).target : edge.to;
      if (seen.has(target) || target === root) continue;
      const entry = { path: `${chain}>${target.packageName}`, depth: depth + 1 };
      seen.set(target, entry);
      queue.push({ node: target, ...entry });
    }
  }
  return seen;
}

function resolutionError(err: NodeJS.ErrnoException & { package?: string }) {
  const what = err.package ? ` (${err.package})` : '';
  switch (err.code) {
    case 'E404':
    case 'ETARGET':
      return inputError('ETREE_UNRESOLVABLE', `a dependency of the plugin cannot be resolved${what}: ${err.message}`, {
        hint: 'the plugin declares a dependency or version the registry does not have; check the registry (--registry) or pick another plugin version',
        cause: err,
      });
    case 'ERESOLVE':
      return policyError('ETREE_PEER_CONFLICT', `the plugin's dependency tree has a peer dependency conflict: ${err.message.split('\n')[0]}`, {
        hint: 'npm 11 refuses this tree too; ask the plugin author to fix its peer ranges, or pick another plugin version',
        cause: err,
      });
    default:
      return operationalError('ETREE_RESOLVE', `resolving the plugin's dependency tree failed${what}: ${err.message}`, {
        hint: 'check that the registry is reachable (npm ping), then run the command again',
        cause: err,
      });
  }
}
