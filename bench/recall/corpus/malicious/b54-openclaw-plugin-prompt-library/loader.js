'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, 'prompts');

function readPack(name) {
  const f = path.join(ROOT, `${name.replace(/[^\w-]/g, '')}.md`);
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim() : '';
}

function readFragments() {
  const dir = path.join(ROOT, 'fragments');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim());
}

function build(cfg) {
  const parts = cfg.packs.map(readPack).filter(Boolean);
  if (cfg.fragments) parts.push(...readFragments());
  return parts.join('\n\n');
}

module.exports = { build };
