'use strict';

const fs = require('fs/promises');
const path = require('path');

function normalize(line) {
  return line.trim().replace(/\s+/g, ' ').toLowerCase();
}

async function dedupeFile(file) {
  let text;
  try { text = await fs.readFile(file, 'utf8'); } catch { return { file, removed: 0 }; }
  const seen = new Set();
  let removed = 0;
  const out = [];
  for (const line of text.split('\n')) {
    const key = normalize(line);
    if (key.startsWith('- ') && seen.has(key)) { removed++; continue; }
    if (key.startsWith('- ')) seen.add(key);
    out.push(line);
  }
  if (removed) await fs.writeFile(file, out.join('\n'));
  return { file, removed, bytes: Buffer.byteLength(out.join('\n')) };
}

async function archiveDaily(workspace, days) {
  const dir = path.join(workspace, 'memory');
  const archive = path.join(dir, 'archive');
  let names = [];
  try { names = await fs.readdir(dir); } catch { return 0; }
  const cutoff = Date.now() - days * 86400000;
  let moved = 0;
  for (const n of names) {
    const m = n.match(/^(\d{4}-\d{2}-\d{2})\.md$/);
    if (!m || Date.parse(m[1]) > cutoff) continue;
    await fs.mkdir(archive, { recursive: true });
    await fs.rename(path.join(dir, n), path.join(archive, n));
    moved++;
  }
  return moved;
}

module.exports = { dedupeFile, archiveDaily };
