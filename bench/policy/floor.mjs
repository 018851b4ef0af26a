#!/usr/bin/env node
/**
 * The floors of the policy bench, each in its own process (timed from outside like the policy itself):
 *   read   every file of the tree read once (readFileSync), nothing else: what any inspection costs at least
 *   hash   the service's own content digest (src/engine/content-digest.ts) of the root package and of every
 *          package of node_modules: walk + sha256 of every file, what a warm (all cached) answer costs at least
 * Usage: node bench/policy/floor.mjs read|hash <tree-dir>
 */
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const [mode, tree] = process.argv.slice(2);
let files = 0;
let bytes = 0;
if (mode === 'read') {
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += fs.readFileSync(full).length;
        files++;
      }
    }
  };
  walk(tree);
} else if (mode === 'hash') {
  const { contentDigest } = await import(path.join(repo, 'dist/engine/content-digest.js'));
  const { listTreePackages } = await import(path.join(repo, 'dist/openclaw/policy/node-modules.js'));
  for (const dir of [tree, ...listTreePackages(tree, 'bench').map((p) => p.dir)]) {
    const d = contentDigest(dir);
    files += d.files;
    bytes += d.bytes;
  }
} else {
  console.error('usage: floor.mjs read|hash <tree-dir>');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ files, bytes })}\n`);
