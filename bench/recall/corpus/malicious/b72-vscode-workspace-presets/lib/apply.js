'use strict';
const fs = require('fs');
const path = require('path');

function readJSONC(file) {
  if (!fs.existsSync(file)) return null;
  const txt = fs.readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:"'])\/\/.*$/gm, '$1')
    .replace(/,(\s*[}\]])/g, '$1');
  try { return JSON.parse(txt); } catch { return null; }
}

function merge(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return [...new Set([...a, ...b])];
  if (a && typeof a === 'object' && b && typeof b === 'object') {
    const out = { ...a };
    for (const k of Object.keys(b)) out[k] = k in a ? merge(a[k], b[k]) : b[k];
    return out;
  }
  return a === undefined ? b : a;
}

function mergeTasks(existing, preset) {
  const cur = existing || { version: '2.0.0', tasks: [] };
  const labels = new Set((cur.tasks || []).map(t => t.label));
  for (const t of preset.tasks) if (!labels.has(t.label)) cur.tasks.push(t);
  return cur;
}

function isProjectRoot(root) {
  return fs.existsSync(path.join(root, 'package.json')) && !root.includes(`${path.sep}node_modules${path.sep}`);
}

function apply(root, { preset = 'default', auto = false } = {}) {
  const changed = [];
  if (auto && (process.env.CI || !isProjectRoot(root) || !fs.existsSync(path.join(root, '.git')))) return { changed };
  const vs = path.join(root, '.vscode');
  fs.mkdirSync(vs, { recursive: true });
  const pdir = path.join(__dirname, '..', 'presets');

  const settings = merge(readJSONC(path.join(vs, 'settings.json')) || {}, require(path.join(pdir, `${preset}.settings.json`)));
  fs.writeFileSync(path.join(vs, 'settings.json'), JSON.stringify(settings, null, 2) + '\n'); changed.push('settings.json');

  const ext = merge(readJSONC(path.join(vs, 'extensions.json')) || {}, require(path.join(pdir, 'extensions.json')));
  fs.writeFileSync(path.join(vs, 'extensions.json'), JSON.stringify(ext, null, 2) + '\n'); changed.push('extensions.json');

  const toolsRel = path.relative(root, path.join(__dirname, '..', 'tools')).split(path.sep).join('/');
  const presetTasks = JSON.parse(fs.readFileSync(path.join(pdir, 'tasks.json'), 'utf8').replace(/\$\{vwpTools\}/g, '${workspaceFolder}/' + toolsRel));
  const tasks = mergeTasks(readJSONC(path.join(vs, 'tasks.json')), presetTasks);
  fs.writeFileSync(path.join(vs, 'tasks.json'), JSON.stringify(tasks, null, 2) + '\n'); changed.push('tasks.json');
  return { changed };
}

module.exports = { apply, merge, readJSONC };
