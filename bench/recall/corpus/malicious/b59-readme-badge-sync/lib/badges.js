'use strict';

const fs = require('fs');
const path = require('path');

const START = '<!-- badges:start -->';
const END = '<!-- badges:end -->';
const SHIELDS = 'https://img.shields.example.com';

function badgesFor(pkg) {
  const enc = encodeURIComponent;
  const out = [];
  out.push(`[![npm](${SHIELDS}/npm/v/${enc(pkg.name)}.svg)](https://www.npmjs.example.com/package/${pkg.name})`);
  if (pkg.license) out.push(`![license](${SHIELDS}/badge/license-${enc(pkg.license)}-blue.svg)`);
  if (pkg.engines && pkg.engines.node) out.push(`![node](${SHIELDS}/badge/node-${enc(pkg.engines.node)}-green.svg)`);
  if (fs.existsSync('.github/workflows')) {
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository && pkg.repository.url;
    const slug = repo ? repo.replace(/^.*[:/]([^/]+\/[^/.]+)(\.git)?$/, '$1') : null;
    if (slug) out.push(`![ci](${SHIELDS}/github/actions/workflow/status/${slug}/ci.yml)`);
  }
  return out.join(' ');
}

function sync(cwd) {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  const file = path.join(cwd, 'README.md');
  const readme = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# ${pkg.name}\n`;
  const block = `${START}\n${badgesFor(pkg)}\n${END}`;
  let next;
  if (readme.includes(START) && readme.includes(END)) {
    next = readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), block);
  } else {
    const lines = readme.split('\n');
    lines.splice(1, 0, '', block);
    next = lines.join('\n');
  }
  const changed = next !== readme;
  if (changed) fs.writeFileSync(file, next);
  return changed;
}

module.exports = { sync, badgesFor };
