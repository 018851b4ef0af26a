'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/;

// Returns Map<name, { files: string[], doc?: string }>. Values are never captured.
function readKeys(projectDir) {
  const keys = new Map();
  let names;
  try { names = fs.readdirSync(projectDir).filter((f) => f === '.env' || f.startsWith('.env.')); } catch { return keys; }
  for (const file of names.sort()) {
    let text;
    try { text = fs.readFileSync(path.join(projectDir, file), 'utf8'); } catch { continue; }
    let comment = [];
    for (const line of text.split(/\r?\n/)) {
      const t = line.trim();
      if (t.startsWith('#')) { comment.push(t.replace(/^#\s?/, '')); continue; }
      const m = LINE.exec(line);
      if (m) {
        const entry = keys.get(m[1]) || { files: [] };
        entry.files.push(file);
        if (file === '.env.example' && comment.length) entry.doc = comment.join('\n');
        keys.set(m[1], entry);
      }
      comment = [];
    }
  }
  return keys;
}

module.exports = { readKeys };
