/**
 * Every package directory of an installed `node_modules` tree, nested and scoped ones included, found by
 * walking the disk rather than trusting package-lock.json: what loads is what is on disk, and a lockfile can
 * omit a directory that `require()` would still find. Directories without package.json are listed too (Node
 * resolves `node_modules/x/index.js` without one). Symlinks are never followed out of the tree; a link that
 * points elsewhere inside it is listed by its target, once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from './symlinks.js';

export interface TreePackage {
  /** Absolute directory. */
  dir: string;
  /** POSIX path relative to the tree root. */
  relDir: string;
  /** `a>b>c`: the chain of package directory names from the root. */
  depPath: string;
}

/** OpenClaw's own boundary scan stops at 10,000 directories (OPENCLAW_INSTALL_SCAN_MAX_DIRECTORIES). */
export const MAX_TREE_PACKAGES = 10_000;

export class TreeTooLarge extends Error {}

export function listTreePackages(root: string, rootName: string, maxPackages = MAX_TREE_PACKAGES): TreePackage[] {
  const out: TreePackage[] = [];
  const seen = new Set<string>();
  const realRoot = fs.realpathSync(root);

  const visitNodeModules = (nmDir: string, parentDepPath: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(nmDir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // .bin (links npm made), .package-lock.json, .cache
      const full = path.join(nmDir, entry.name);
      if (entry.name.startsWith('@') && entry.isDirectory()) {
        for (const scoped of fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
          visitPackage(path.join(full, scoped.name), scoped, `${entry.name}/${scoped.name}`, parentDepPath);
      } else visitPackage(full, entry, entry.name, parentDepPath);
    }
  };

  const visitPackage = (full: string, entry: fs.Dirent, name: string, parentDepPath: string) => {
    let dir = full;
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = fs.realpathSync(full);
      } catch {
        return; // dangling: nothing to load
      }
      // Escaping links are reported by the symlink scan; their targets are outside what we may judge.
      if (!isInside(realRoot, target) || !fs.statSync(target).isDirectory()) return;
      dir = target;
    } else if (!entry.isDirectory()) return;
    const real = fs.realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    if (out.length >= maxPackages) throw new TreeTooLarge(`the dependency tree has more than ${maxPackages} packages`);
    const depPath = `${parentDepPath}>${name}`;
    out.push({ dir, relDir: path.relative(dir === full ? root : realRoot, dir).split(path.sep).join('/'), depPath });
    const nested = path.join(dir, 'node_modules');
    if (fs.existsSync(nested)) visitNodeModules(nested, depPath);
  };

  const top = path.join(root, 'node_modules');
  if (fs.existsSync(top)) visitNodeModules(top, rootName);
  return out;
}
