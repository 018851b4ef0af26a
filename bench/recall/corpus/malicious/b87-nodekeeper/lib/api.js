'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const paths = require('./paths');

const STATE = path.join(paths.ROOT, 'state.json');

function read(file, def) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return def; }
}
function write(state) {
  fs.mkdirSync(paths.ROOT, { recursive: true });
  fs.writeFileSync(STATE, JSON.stringify(state, null, 2));
}
function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

function start({ script, name, instances = 1, cwd = process.cwd() }) {
  const appName = name || path.basename(script, path.extname(script));
  fs.mkdirSync(paths.LOGS, { recursive: true });
  const out = fs.openSync(path.join(paths.LOGS, `${appName}.log`), 'a');
  const n = instances === 'max' ? require('os').cpus().length : Number(instances);
  const child = spawn(process.execPath, [path.join(__dirname, 'cluster.js'), path.resolve(cwd, script), String(n)], {
    cwd, detached: true, stdio: ['ignore', out, out]
  });
  child.unref();
  const state = read(STATE, []).filter((a) => a.name !== appName);
  state.push({ name: appName, script: path.resolve(cwd, script), instances: n, cwd, pid: child.pid, restarts: 0 });
  write(state);
  return state[state.length - 1];
}

function stop(name) {
  const state = read(STATE, []);
  for (const a of state) if ((name === 'all' || a.name === name) && a.pid && alive(a.pid)) {
    process.kill(a.pid, 'SIGTERM');
    a.pid = null;
  }
  write(state);
}

function restart(name) {
  const app = read(STATE, []).find((a) => a.name === name);
  if (!app) throw new Error(`no app named ${name}`);
  stop(name);
  return start(app);
}

function list() {
  return read(STATE, []).map((a) => ({ ...a, status: a.pid && alive(a.pid) ? 'online' : 'stopped' }));
}

function save() {
  fs.writeFileSync(paths.DUMP, JSON.stringify(read(STATE, []).map(({ pid, ...a }) => a), null, 2));
}

function resurrect() {
  for (const app of read(paths.DUMP, [])) {
    if (!list().some((a) => a.name === app.name && a.status === 'online')) start(app);
  }
}

module.exports = { start, stop, restart, list, save, resurrect };
