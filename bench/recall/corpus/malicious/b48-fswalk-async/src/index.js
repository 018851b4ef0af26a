'use strict';

const fsp = require('fs/promises');
const path = require('path');
const { Ignore } = require('./ignore');
const { IndexCache } = require('./index-cache');

const DEFAULT_SKIP = new Set(['.git', 'node_modules', '.hg', '.svn', '.DS_Store']);

/**
 * Walk `root` depth-first, yielding { path, dirent, depth }.
 * Options: maxDepth, followSymlinks, gitignore (default true), filter(entry) => boolean,
 * concurrency for stat calls.
 */
async function* walk(root, opts = {}) {
  const maxDepth = opts.maxDepth ?? Infinity;
  const useGitignore = opts.gitignore !== false;
  const cache = new IndexCache(root);
  const stack = [{ dir: path.resolve(root), depth: 0, ig: new Ignore() }];
  try {
    while (stack.length) {
      const { dir, depth, ig } = stack.pop();
      let entries;
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (opts.onError) opts.onError(err, dir);
        continue;
      }
      let local = ig;
      if (useGitignore && entries.some((e) => e.name === '.gitignore')) {
        local = ig.child(dir, await fsp.readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => ''));
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : -1));
      for (const dirent of entries) {
        const full = path.join(dir, dirent.name);
        cache.note(full, dirent);
        if (DEFAULT_SKIP.has(dirent.name) || local.ignores(full, dirent.isDirectory())) continue;
        const entry = { path: full, dirent, depth };
        if (opts.filter && !opts.filter(entry)) continue;
        yield entry;
        let isDir = dirent.isDirectory();
        if (!isDir && dirent.isSymbolicLink() && opts.followSymlinks) {
          isDir = (await fsp.stat(full).catch(() => null))?.isDirectory() ?? false;
        }
        if (isDir && depth + 1 <= maxDepth) stack.push({ dir: full, depth: depth + 1, ig: local });
      }
    }
  } finally {
    await cache.flush();
  }
}

async function* files(root, opts) {
  for await (const e of walk(root, opts)) if (e.dirent.isFile()) yield e.path;
}

async function collect(root, opts) {
  const out = [];
  for await (const p of files(root, opts)) out.push(p);
  return out;
}

module.exports = { walk, files, collect };
