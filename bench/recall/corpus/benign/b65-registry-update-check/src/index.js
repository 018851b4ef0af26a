'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { registryFor } = require('./npmrc');

const DAY = 86400000;

function stateFile(name) {
  const dir = process.env.XDG_STATE_HOME || path.join(os.homedir(), '.local', 'state');
  return path.join(dir, 'registry-update-check', `${name.replace(/[@/]/g, '_')}.json`);
}

function cmp(a, b) {
  const pa = a.split('-')[0].split('.').map(Number);
  const pb = b.split('-')[0].split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i] ? 1 : -1;
  return 0;
}

function optedOut() {
  return Boolean(process.env.NO_UPDATE_NOTIFIER || process.env.CI || process.env.NODE_ENV === 'test');
}

async function fetchLatest(name, tag) {
  const { registry, token } = registryFor(name);
  const encoded = name.replace('/', '%2f');
  const res = await fetch(`${registry}${encoded}`, {
    headers: {
      accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    signal: AbortSignal.timeout(3000),
  });
  if (!res.ok) return null;
  const doc = await res.json();
  return doc['dist-tags'] && doc['dist-tags'][tag];
}

async function updateCheck({ name, version }, { interval = DAY, tag = 'latest' } = {}) {
  if (optedOut()) return null;
  const file = stateFile(name);
  let state = {};
  try { state = JSON.parse(fs.readFileSync(file, 'utf8')); } catch {}
  let latest = state.latest;
  if (!state.checkedAt || Date.now() - state.checkedAt > interval) {
    latest = await fetchLatest(name, tag).catch(() => null);
    if (latest) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ latest, checkedAt: Date.now() }));
    }
  }
  if (!latest || cmp(latest, version) <= 0) return null;
  return { name, current: version, latest, command: `npm install -g ${name}@${latest}` };
}

module.exports = { updateCheck };
