import fs from 'node:fs';
import path from 'node:path';
import { inputError, operationalError, policyError } from '../core/errors.js';
import npa from 'npm-package-arg';
import { newArborist, type ArboristInstance, type ArboristNode, type NpmOptions } from './npmcli.js';

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
  /** Dependencies that do not come from a registry tarball (git, remote URL, local path), or that the registry does not have. */
  nonRegistry: Array<{ name: string; depPath: string; spec: string; why?: string }>;
}

/** A dependency the resolver could not fetch: set aside (stubbed) so the rest of the tree is still resolved and inspected. */
interface Unresolved {
  name: string;
  spec: string;
  why: string;
}

/** Enough for any real tree; a tree that keeps producing new unresolvable dependencies ends with the error. */
const MAX_UNRESOLVED = 50;
const UNRESOLVED_DIR = '.clawguard-unresolved';

/** Edge types that are installed for a production install (npm 11: dev omitted, peers installed). */
const PRODUCTION_EDGES = new Set(['prod', 'optional', 'peer', 'peerOptional']);

/**
 * Resolve the whole production tree with npm's own resolver, before anything is installed: nothing is
 * unpacked and no script runs here (Arborist only reads packuments). The result is pinned: every package
 * has an exact version, a tarball URL and an integrity, and installing later reads only this lockfile.
 */
export async function buildIdealTree(planDir: string, pluginLabel: string, npmOptions: NpmOptions): Promise<IdealTree> {
  // A dependency from git, a URL or a local path, or one the registry does not have, must not end the
  // whole resolution: it becomes a finding, stubbed out of the plan, and everything else is still
  // resolved and inspected, so the report is complete.
  const unresolved = new Map<string, Unresolved>();
  let root: ArboristNode;
  for (;;) {
    const arborist = newArborist({ ...npmOptions, path: planDir, ignoreScripts: true, audit: false, fund: false, save: false });
    try {
      root = await arborist.buildIdealTree({});
      break;
    } catch (err) {
      const fresh = unresolved.size < MAX_UNRESOLVED ? culpritsOf(err as ResolveError, arborist, planDir).filter((c) => !unresolved.has(c.name)) : [];
      if (fresh.length === 0) throw resolutionError(err as NodeJS.ErrnoException & { package?: string });
      for (const c of fresh) {
        unresolved.set(c.name, c);
        stubOut(planDir, c);
      }
    }
  }
  const depPaths = shortestDependencyPaths(root, pluginLabel);
  const packages: PlannedPackage[] = [];
  const nonRegistry: IdealTree['nonRegistry'] = [];
  for (const node of root.inventory.values()) {
    if (node.isRoot || node.isLink || node.dev) continue;
    const found = depPaths.get(node);
    if (!found) continue; // extraneous to the production graph
    const stubbed = unresolved.get(node.packageName);
    if (stubbed && node.location.includes(UNRESOLVED_DIR)) {
      nonRegistry.push({ name: node.packageName, depPath: found.path, spec: stubbed.spec, why: stubbed.why });
      continue;
    }
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

type ResolveError = NodeJS.ErrnoException & { pkgid?: string; requiredBy?: string };

const NON_REGISTRY_TYPES: Record<string, string> = { git: 'git', remote: 'a URL', file: 'a local tarball', directory: 'a local directory' };

/** The dependencies an Arborist failure is about: the missing package (E404/ETARGET), or the non-registry specs of the node that required it. */
function culpritsOf(err: ResolveError, arborist: ArboristInstance, planDir: string): Unresolved[] {
  if ((err.code === 'E404' || err.code === 'ETARGET') && err.pkgid) {
    try {
      const parsed = npa(err.pkgid);
      if (parsed.name) return [{ name: parsed.name, spec: parsed.rawSpec || '*', why: err.code === 'E404' ? 'the registry does not have this package' : 'the registry has no version matching it' }];
    } catch {
      return [];
    }
  }
  // git/URL fetch failures name only the node that required the dependency: take that node's non-registry specs.
  const tree = (arborist as unknown as { idealTree?: ArboristNode }).idealTree;
  const parent = err.requiredBy !== undefined && tree ? (err.requiredBy === '' ? tree : tree.inventory.get(err.requiredBy)) : undefined;
  const manifest = (parent?.package ?? JSON.parse(fs.readFileSync(path.join(planDir, 'package.json'), 'utf8'))) as Record<string, unknown>;
  const out: Unresolved[] = [];
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string' || spec.includes(UNRESOLVED_DIR)) continue;
      let type: string;
      try {
        type = npa.resolve(name, spec, planDir).type;
      } catch {
        continue;
      }
      if (type in NON_REGISTRY_TYPES) out.push({ name, spec, why: `it comes from ${NON_REGISTRY_TYPES[type]}, not from the registry` });
    }
  }
  return out;
}

/** Replace the dependency by an empty local package: at the plugin's own level directly, deeper through npm overrides. */
function stubOut(planDir: string, c: Unresolved): void {
  const rel = `${UNRESOLVED_DIR}/${c.name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  fs.mkdirSync(path.join(planDir, rel), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(planDir, rel, 'package.json'), `${JSON.stringify({ name: c.name, version: '0.0.0-unresolved' })}\n`, { mode: 0o600 });
  const file = path.join(planDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
  // Absolute: a relative file: spec in an override resolves against each dependent, not the plan.
  const stub = `file:${path.join(planDir, rel)}`;
  let direct = false;
  for (const field of ['dependencies', 'optionalDependencies']) {
    const deps = manifest[field];
    if (deps && Object.prototype.hasOwnProperty.call(deps, c.name)) {
      deps[c.name] = stub;
      direct = true;
    }
  }
  if (!direct) manifest.overrides = { ...(manifest.overrides ?? {}), [c.name]: stub };
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
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
