#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const arg = (k) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };

const SECTIONS = [
  ['breaking', '⚠ Breaking changes'],
  ['feat', 'Added'],
  ['fix', 'Fixed'],
  ['perf', 'Performance'],
  ['refactor', 'Changed'],
  ['docs', 'Documentation'],
];
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;

function lastTag() {
  try { return git('describe', '--tags', '--abbrev=0'); } catch { return null; }
}

function commits(from, to) {
  const range = from ? `${from}..${to}` : to;
  const out = git('log', range, '--no-merges', '--format=%H%x1f%s%x1f%b%x1e');
  return out.split('\x1e').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [hash, subject, body] = s.split('\x1f');
    return { hash: hash.slice(0, 7), subject, body: body || '' };
  });
}

function group(list) {
  const g = Object.fromEntries(SECTIONS.map(([k]) => [k, []]));
  for (const c of list) {
    const m = c.subject.match(RE);
    if (!m) continue;
    const [, type, scope, bang, desc] = m;
    const line = `${scope ? `**${scope}:** ` : ''}${desc} (${c.hash})`;
    if (bang || /BREAKING CHANGE:/.test(c.body)) g.breaking.push(line);
    if (g[type]) g[type].push(line);
  }
  return g;
}

function render(version, g) {
  const date = new Date().toISOString().slice(0, 10);
  let md = `## [${version}] - ${date}\n`;
  for (const [k, title] of SECTIONS) {
    if (!g[k].length) continue;
    md += `\n### ${title}\n\n` + g[k].map((l) => `- ${l}`).join('\n') + '\n';
  }
  return md;
}

const from = arg('--from') || lastTag();
const to = arg('--to') || 'HEAD';
const version = arg('--version') || 'Unreleased';
const md = render(version, group(commits(from, to)));

if (process.argv.includes('--write')) {
  const file = 'CHANGELOG.md';
  const head = '# Changelog\n\nAll notable changes to this project are documented here.\n\n';
  let cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : head;
  if (!cur.startsWith('# Changelog')) cur = head + cur;
  const idx = cur.indexOf('\n## ');
  cur = idx >= 0 ? cur.slice(0, idx + 1) + md + '\n' + cur.slice(idx + 1) : cur + md;
  fs.writeFileSync(file, cur);
  console.log(`updated ${file} with ${version}`);
} else {
  process.stdout.write(md);
}
