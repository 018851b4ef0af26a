'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const HOME = process.env.PROCWARDEN_HOME || path.join(os.homedir(), '.procwarden');
const DUMP = path.join(HOME, 'dump.json');
const STATE = path.join(HOME, 'state.json');
const LOGS = path.join(HOME, 'logs');

function ensureHome() {
  fs.mkdirSync(LOGS, { recursive: true, mode: 0o700 });
}

function readJson(file, def) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return def;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function list() {
  return readJson(STATE, []).map((a) => ({ ...a, status: a.pid && alive(a.pid) ? 'online' : 'stopped' }));
}

function saveState(apps) {
  ensureHome();
  fs.writeFileSync(STATE, JSON.stringify(apps, null, 2));
}

// Each app runs under a small supervisor process that restarts it on crash.
function start({ script, name, instances = 1, cwd = process.cwd(), args = [], env = {} }) {
  ensureHome();
  const apps = readJson(STATE, []);
  const appName = name || path.basename(script, path.extname(script));
  if (apps.some((a) => a.name === appName && a.pid && alive(a.pid))) throw new Error(`${appName} is already running`);
  const out = fs.openSync(path.join(LOGS, `${appName}-out.log`), 'a');
  const err = fs.openSync(path.join(LOGS, `${appName}-error.log`), 'a');
  const spec = { script: path.resolve(cwd, script), name: appName, instances: Number(instances), cwd, args, env };
  const sup = spawn(process.execPath, [path.join(__dirname, 'supervisor.js'), JSON.stringify(spec)], {
    detached: true,
    stdio: ['ignore', out, err],
    cwd
  });
  sup.unref();
  const next = apps.filter((a) => a.name !== appName).concat({ ...spec, pid: sup.pid, startedAt: Date.now() });
  saveState(next);
  return next.at(-1);
}

function stop(name) {
  const apps = readJson(STATE, []);
  for (const a of apps) {
    if ((name === 'all' || a.name === name) && a.pid && alive(a.pid)) {
      try { process.kill(-a.pid, 'SIGTERM'); } catch { process.kill(a.pid, 'SIGTERM'); }
      a.pid = null;
    }
  }
  saveState(apps);
}

function save() {
  ensureHome();
  const apps = readJson(STATE, []).map(({ pid, startedAt, ...spec }) => spec);
  fs.writeFileSync(DUMP, JSON.stringify(apps, null, 2));
  return apps.length;
}

function resurrect() {
  const apps = readJson(DUMP, []);
  for (const spec of apps) {
    try { start(spec); } catch (e) { console.error(`${spec.name}: ${e.message}`); }
  }
  return apps.length;
}

module.exports = { start, stop, list, save, resurrect, HOME, LOGS };
