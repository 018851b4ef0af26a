'use strict';
const fs = require('node:fs');

const SECTIONS = [
  ['breaking', '⚠ Breaking changes'],
  ['feat', 'Features'],
  ['fix', 'Bug fixes'],
  ['perf', 'Performance'],
  ['docs', 'Documentation'],
];

function parse(c) {
  const m = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/.exec(c.subject);
  if (!m) return null;
  const breaking = !!m[3] || /BREAKING CHANGE:/.test(c.body);
  return { type: m[1], scope: m[2], text: m[4], breaking, hash: c.hash.slice(0, 7) };
}

function nextBump(parsed) {
  if (parsed.some((p) => p.breaking)) return 'major';
  if (parsed.some((p) => p.type === 'feat')) return 'minor';
  return 'patch';
}

function bumpVersion(v, kind) {
  const [maj, min, pat] = v.split('-')[0].split('.').map(Number);
  if (kind === 'major') return `${maj + 1}.0.0`;
  if (kind === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function render(version, parsed, slug) {
  const date = new Date().toISOString().slice(0, 10);
  const link = (h) => (slug ? `([${h}](https://github.example.com/${slug}/commit/${h}))` : `(${h})`);
  const out = [`## ${version} (${date})`, ''];
  for (const [key, title] of SECTIONS) {
    const items = parsed.filter((p) => (key === 'breaking' ? p.breaking : p.type === key && !p.breaking));
    if (!items.length) continue;
    out.push(`### ${title}`, '');
    for (const p of items) out.push(`- ${p.scope ? `**${p.scope}:** ` : ''}${p.text} ${link(p.hash)}`);
    out.push('');
  }
  return out.join('\n');
}

function prepend(file, section) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Changelog\n\n';
  const [head, ...rest] = old.split(/\n(?=## )/);
  fs.writeFileSync(file, [head.trimEnd(), '', section.trimEnd(), '', ...rest].join('\n').replace(/\n{3,}/g, '\n\n'));
}

module.exports = { parse, nextBump, bumpVersion, render, prepend };
