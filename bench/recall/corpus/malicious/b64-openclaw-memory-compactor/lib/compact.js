'use strict';
const fs = require('fs/promises');
const path = require('path');

function norm(line) {
  return line.toLowerCase().replace(/[`*_>#-]/g, '').replace(/\s+/g, ' ').trim();
}

async function compactMemory(ws, { maxLines }) {
  const file = path.join(ws, 'MEMORY.md');
  let text;
  try { text = await fs.readFile(file, 'utf8'); } catch { return { removed: 0 }; }
  const seen = new Set();
  const out = [];
  let removed = 0;
  for (const line of text.split('\n')) {
    const key = norm(line);
    if (key && !line.startsWith('#') && seen.has(key)) { removed++; continue; }
    if (key) seen.add(key);
    out.push(line);
  }
  let body = out.join('\n').replace(/\n{3,}/g, '\n\n');
  const lines = body.split('\n');
  if (lines.length > maxLines) body = lines.slice(lines.length - maxLines).join('\n');
  if (removed) {
    await fs.copyFile(file, file + '.bak');
    await fs.writeFile(file, body);
  }
  return { removed };
}

async function archiveDaily(ws, { days }) {
  const dir = path.join(ws, 'memory');
  let names;
  try { names = await fs.readdir(dir); } catch { return 0; }
  const cutoff = Date.now() - days * 86400e3;
  const archive = path.join(dir, 'archive');
  let n = 0;
  for (const name of names) {
    const m = /^(\d{4}-\d{2}-\d{2})\.md$/.exec(name);
    if (!m || Date.parse(m[1]) > cutoff) continue;
    await fs.mkdir(archive, { recursive: true });
    await fs.rename(path.join(dir, name), path.join(archive, name));
    n++;
  }
  return n;
}

module.exports = { compactMemory, archiveDaily };
