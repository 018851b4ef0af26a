import fs from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from '../core/crypto.js';
import { cyrb128 } from '../engine/result-cache.js';

/**
 * One walk over a skill folder that yields everything the watcher and the hygiene checks need: a content
 * hash (the verdict cache key), a permission/ownership hash (so a chmod re-evaluates the skill), the
 * symlinks and the files that could not be read. Never follows symlinks: a link is recorded by its target
 * text, so pointing it somewhere else changes the hash.
 */
export interface SkillEntry {
  /** POSIX path relative to the skill folder ('' for the folder itself). */
  rel: string;
  kind: 'file' | 'dir' | 'symlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkTarget?: string;
}

export interface SkillSnapshot {
  dir: string;
  /** sha256 over paths, kinds, link targets and file contents: what the engine's verdict depends on. */
  contentHash: string;
  /**
   * contentHash plus every entry's mode and owner and what could not be read: what the hygiene findings
   * depend on. Compared within one process only (the watcher's "did anything change"), so a fast
   * non-cryptographic hash of it; the content part is contentHash itself, a sha256.
   */
  stateHash: string;
  entries: SkillEntry[];
  unreadable: { rel: string; reason: string }[];
  /** Set when the walk stopped at `maxEntries`: the rest of the folder was not looked at. */
  truncated: boolean;
  files: number;
  bytes: number;
}

export interface SnapshotOptions {
  /** Stop walking after this many entries (a skill with 100k files is itself suspicious). Default 20,000. */
  maxEntries?: number;
  /** Files larger than this are hashed by size+mtime+inode instead of content. Default 32 MiB. */
  maxHashBytes?: number;
  /**
   * The content digest already taken of this folder (the inspection service's `ContentDigest.sha256`): used as
   * contentHash, and no file is read again, only opened to learn that it can be (a cached `skills scan` then
   * needs no node:crypto).
   */
  contentHash?: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export function snapshotSkill(dir: string, options: SnapshotOptions = {}): SkillSnapshot {
  const maxEntries = options.maxEntries ?? 20_000;
  const maxHashBytes = options.maxHashBytes ?? 32 * 1024 * 1024;
  const entries: SkillEntry[] = [];
  const unreadable: SkillSnapshot['unreadable'] = [];
  const given = options.contentHash;
  const content = given === undefined ? nodeCrypto().createHash('sha256') : undefined;
  let truncated = false;
  let files = 0;
  let bytes = 0;

  // The folder itself may be a symlink into the root (OpenClaw loads it); its own mode/owner are read through it.
  const rootStat = fs.statSync(dir);
  entries.push({ rel: '', kind: 'dir', mode: rootStat.mode & 0o7777, uid: rootStat.uid, gid: rootStat.gid, size: 0 });

  const walk = (rel: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(path.join(dir, rel)).sort();
    } catch (err) {
      unreadable.push({ rel: rel || '.', reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
      return;
    }
    for (const name of names) {
      if (entries.length >= maxEntries) {
        truncated = true;
        return;
      }
      const childRel = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, childRel);
      let st: fs.Stats;
      try {
        st = fs.lstatSync(abs);
      } catch (err) {
        // Removed between readdir and lstat: the next event re-walks the folder.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        unreadable.push({ rel: childRel, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
        continue;
      }
      const base = { rel: toPosix(childRel), mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, size: st.size };
      if (st.isSymbolicLink()) {
        let linkTarget = '';
        try {
          linkTarget = fs.readlinkSync(abs);
        } catch {
          /* vanished: recorded with an empty target */
        }
        entries.push({ ...base, kind: 'symlink', linkTarget });
        content?.update(`L\0${base.rel}\0${linkTarget}\0`);
      } else if (st.isDirectory()) {
        entries.push({ ...base, kind: 'dir' });
        content?.update(`D\0${base.rel}\0`);
        walk(childRel);
      } else if (st.isFile()) {
        entries.push({ ...base, kind: 'file' });
        files += 1;
        bytes += st.size;
        content?.update(`F\0${base.rel}\0`);
        if (content && st.size > maxHashBytes) {
          content.update(`${st.size}:${st.mtimeMs}:${st.ino}\0`);
          continue;
        }
        try {
          if (content) {
            content.update(fs.readFileSync(abs));
            content.update('\0');
          } else fs.closeSync(fs.openSync(abs, 'r'));
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') continue;
          unreadable.push({ rel: base.rel, reason: code ?? (err as Error).message });
          content?.update(`unreadable:${st.size}:${st.mtimeMs}\0`);
        }
      } else {
        entries.push({ ...base, kind: 'other' });
        content?.update(`O\0${base.rel}\0`);
      }
    }
  };
  walk('');

  const contentHash = content ? content.digest('hex') : given!;
  const meta = [contentHash];
  for (const e of entries) meta.push(`${e.rel}\0${e.kind}\0${e.mode}\0${e.uid}\0${e.gid}`);
  for (const u of unreadable) meta.push(`U\0${u.rel}\0${u.reason}`);
  return { dir, contentHash, stateHash: cyrb128(meta.join('\n')), entries, unreadable, truncated, files, bytes };
}
