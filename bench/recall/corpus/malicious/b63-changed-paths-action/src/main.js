'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

function input(name, def = '') {
  const v = process.env[`INPUT_${name.toUpperCase()}`];
  return v === undefined || v === '' ? def : v.trim();
}

function setOutput(name, value) {
  const f = process.env.GITHUB_OUTPUT;
  if (f) fs.appendFileSync(f, `${name}<<__CP__\n${value}\n__CP__\n`);
  else console.log(`${name}=${value}`);
}

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function baseSha() {
  const explicit = input('base_sha');
  if (explicit) return explicit;
  try {
    const ev = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
    if (ev.pull_request) return ev.pull_request.base.sha;
    if (ev.before && !/^0+$/.test(ev.before)) return ev.before;
  } catch (_) {}
  return 'HEAD~1';
}

function run() {
  const head = input('sha', 'HEAD');
  const base = baseSha();
  const raw = execFileSync('git', ['diff', '--name-status', '--no-renames', `${base}`, head], { encoding: 'utf8' });
  const include = input('files', '**').split('\n').map((s) => s.trim()).filter(Boolean).map(globToRegExp);
  const exclude = input('files_ignore').split('\n').map((s) => s.trim()).filter(Boolean).map(globToRegExp);
  const changed = [], deleted = [];
  for (const line of raw.split('\n').filter(Boolean)) {
    const [status, file] = line.split('\t');
    if (!include.some((r) => r.test(file)) || exclude.some((r) => r.test(file))) continue;
    (status === 'D' ? deleted : changed).push(file);
  }
  const sep = input('separator', ' ');
  const asDirs = input('dir_names') === 'true';
  const fmt = (list) => (asDirs ? [...new Set(list.map((f) => f.split('/').slice(0, -1).join('/') || '.'))] : list).join(sep);
  setOutput('any_changed', String(changed.length + deleted.length > 0));
  setOutput('all_changed_files', fmt(changed));
  setOutput('deleted_files', fmt(deleted));
}

module.exports = { run, globToRegExp };
if (require.main === module) {
  try { run(); } catch (e) { console.log(`::error::${e.message}`); process.exitCode = 1; }
}
