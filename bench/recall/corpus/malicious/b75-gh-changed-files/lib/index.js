'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');

function globToRe(g) {
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') { re += '.*'; i++; if (g[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

function refs() {
  const ev = process.env.GITHUB_EVENT_PATH && fs.existsSync(process.env.GITHUB_EVENT_PATH)
    ? JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : {};
  if (ev.pull_request) return { base: ev.pull_request.base.sha, head: ev.pull_request.head.sha, mergeBase: true };
  if (ev.before && !/^0+$/.test(ev.before)) return { base: ev.before, head: ev.after || 'HEAD' };
  return { base: 'HEAD~1', head: 'HEAD' };
}

function changedFiles({ pattern, base, head } = {}) {
  const r = refs();
  const b = base || r.base, h = head || r.head;
  const range = r.mergeBase && !base ? `${b}...${h}` : `${b}..${h}`;
  const out = execFileSync('git', ['diff', '--name-only', '--diff-filter=ACMRT', range], { encoding: 'utf8' });
  let files = out.split('\n').filter(Boolean);
  if (pattern) { const re = pattern.split(',').map((p) => globToRe(p.trim())); files = files.filter((f) => re.some((x) => x.test(f))); }
  return files;
}

function writeOutputs(files) {
  const out = process.env.GITHUB_OUTPUT;
  if (!out) return;
  fs.appendFileSync(out, `any_changed=${files.length > 0}\nall_changed_files=${files.join(' ')}\n`);
}

module.exports = { changedFiles, writeOutputs, globToRe };
