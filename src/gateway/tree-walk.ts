/**
 * One lstat walk of a plugin tree, shared by the manifest builder, the verifier and the permission check.
 * Synchronous on purpose: a gateway check is a short-lived process and the sync calls are several times cheaper
 * than a threadpool round trip per file (see bench/gateway-check). Symlinks are reported, never followed.
 */
import fs from 'node:fs';
import path from 'node:path';

export type TreeEntryKind = 'file' | 'dir' | 'symlink' | 'fifo' | 'socket' | 'device';

export interface TreeEntry {
  /** POSIX path relative to the root; '' for the root itself. */
  rel: string;
  abs: string;
  kind: TreeEntryKind;
  st: fs.Stats;
  /** Set when a directory could not be listed (its content is then unknown). */
  unreadable?: string;
}

export interface TreeWalk {
  entries: TreeEntry[];
  /** Why the root itself cannot be walked (missing, not a directory, a symlink). */
  rootProblem?: string;
  rootMissing?: boolean;
}

export function kindOf(st: fs.Stats): TreeEntryKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  return 'device';
}

export function walkTree(root: string): TreeWalk {
  const entries: TreeEntry[] = [];
  const result = visitTree(
    root,
    (rel, abs, st) => {
      entries.push({ rel, abs, kind: kindOf(st), st });
    },
    (rel, _abs, message) => {
      // Directories are visited before they are listed, so the entry is already there.
      for (let i = entries.length - 1; i >= 0; i--)
        if (entries[i].rel === rel) {
          entries[i].unreadable = message;
          break;
        }
    },
  );
  return { ...result, entries };
}

/**
 * The same walk without keeping anything: `visit` gets every path (the root first, as '') with its lstat, and
 * `unreadable` every directory that could not be listed. The verifier uses it so that 100,000 unchanged files
 * cost 100,000 lstat calls and no per-file bookkeeping.
 */
export function visitTree(
  root: string,
  visit: (rel: string, abs: string, st: fs.Stats) => void,
  unreadable: (rel: string, abs: string, message: string) => void,
): Omit<TreeWalk, 'entries'> {
  let rootSt: fs.Stats;
  try {
    rootSt = fs.lstatSync(root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { rootProblem: code === 'ENOENT' ? 'does not exist' : (err as Error).message, rootMissing: code === 'ENOENT' };
  }
  // A root swapped for a symlink would make every relative path resolve into someone else's tree.
  if (!rootSt.isDirectory()) return { rootProblem: `is a ${kindOf(rootSt)}, not a directory` };
  visit('', root, rootSt);
  const stackAbs: string[] = [root];
  const stackRel: string[] = [''];
  const sep = path.sep;
  while (stackAbs.length > 0) {
    const dirAbs = stackAbs.pop()!;
    const dirRel = stackRel.pop()!;
    let names: string[];
    try {
      names = fs.readdirSync(dirAbs);
    } catch (err) {
      unreadable(dirRel, dirAbs, (err as Error).message);
      continue;
    }
    const absPrefix = dirAbs + sep;
    const relPrefix = dirRel === '' ? '' : `${dirRel}/`;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const abs = absPrefix + name;
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(abs, { throwIfNoEntry: false });
      } catch {
        st = undefined;
      }
      if (st === undefined) continue; // removed between readdir and lstat: it is then simply absent
      const rel = relPrefix + name;
      visit(rel, abs, st);
      if (st.isDirectory()) {
        stackAbs.push(abs);
        stackRel.push(rel);
      }
    }
  }
  return {};
}
