'use strict';
const fs = require('fs');
const path = require('path');

function aliasCompletions(co, projectDir, typed) {
  const paths = co.paths || {};
  const base = co.baseUrl || projectDir;
  const out = [];
  for (const [alias, targets] of Object.entries(paths)) {
    const prefix = alias.replace(/\*$/, '');
    if (!typed.startsWith(prefix) && !prefix.startsWith(typed)) continue;
    if (!alias.endsWith('*')) { out.push(alias); continue; }
    const rest = typed.startsWith(prefix) ? typed.slice(prefix.length) : '';
    const sub = rest.includes('/') ? rest.slice(0, rest.lastIndexOf('/') + 1) : '';
    for (const target of targets) {
      const dir = path.resolve(base, target.replace(/\*$/, ''), sub);
      let names = [];
      try { names = fs.readdirSync(dir, { withFileTypes: true }); } catch { continue; }
      for (const d of names) {
        if (d.name.startsWith('.') || d.name === 'node_modules') continue;
        const stem = d.isDirectory() ? d.name : d.name.replace(/\.(d\.ts|tsx?|jsx?|mjs|cjs)$/, '');
        out.push(prefix + sub + stem);
      }
    }
  }
  return [...new Set(out)];
}

module.exports = { aliasCompletions };
