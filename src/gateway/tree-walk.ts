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
  let rootSt: fs.Stats;
  try {
    rootSt = fs.lstatSync(root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { entries: [], rootProblem: code === 'ENOENT' ? 'does not exist' : (err as Error).message, rootMissing: code === 'ENOENT' };
  }
  // A root swapped for a symlink would make every relative path resolve into someone else's tree.
  if (!rootSt.isDirectory()) return { entries: [], rootProblem: `is a ${kindOf(rootSt)}, not a directory` };
  const entries: TreeEntry[] = [{ rel: '', abs: root, kind: 'dir', st: rootSt }];
  const stack: TreeEntry[] = [entries[0]];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let names: string[];
    try {
      names = fs.readdirSync(dir.abs);
    } catch (err) {
      dir.unreadable = (err as Error).message;
      continue;
    }
    for (const name of names) {
      const abs = `${dir.abs}${path.sep}${name}`;
      const rel = dir.rel === '' ? name : `${dir.rel}/${name}`;
      let st: fs.Stats;
      try {
        st = fs.lstatSync(abs);
      } catch {
        continue; // removed between readdir and lstat: it is then simply absent
      }
      const entry: TreeEntry = { rel, abs, kind: kindOf(st), st };
      entries.push(entry);
      if (entry.kind === 'dir') stack.push(entry);
    }
  }
  return { entries };
}
