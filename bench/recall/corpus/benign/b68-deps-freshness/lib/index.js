'use strict';
const fs = require('fs');
const path = require('path');
const semver = require('semver');
const { loadConfig, registryFor, authHeaderFor } = require('./npmrc');

async function packument(name, config) {
  const registry = registryFor(name, config);
  const url = new URL(name.replace('/', '%2f'), registry).toString();
  const headers = { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' };
  const auth = authHeaderFor(registry, config);
  if (auth) headers.authorization = auth;
  const res = await fetch(url, { headers });
  if (res.status === 401 || res.status === 403) throw new Error(`${name}: not authorised for ${registry} (check your .npmrc token)`);
  if (!res.ok) throw new Error(`${name}: ${registry} responded ${res.status}`);
  return res.json();
}

function installedVersion(root, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

async function freshness(root = process.cwd(), { concurrency = 8 } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const deps = { ...(pkg.dependencies || {}), ...(pkg.devDependencies || {}) };
  const config = loadConfig(root);
  const names = Object.keys(deps).filter((n) => !/^(file|link|workspace|git|github|https?):/.test(deps[n]));
  const results = [];
  let i = 0;
  async function worker() {
    while (i < names.length) {
      const name = names[i++];
      try {
        const doc = await packument(name, config);
        const current = installedVersion(root, name) || semver.minVersion(deps[name])?.version;
        const latest = doc['dist-tags']?.latest;
        const t = doc.time || {};
        const libyear = current && latest && t[current] && t[latest] ? Math.max(0, (new Date(t[latest]) - new Date(t[current])) / 3.15576e10) : null;
        results.push({ name, wanted: deps[name], current, latest, majorsBehind: current && latest ? semver.major(latest) - semver.major(current) : null, libyear });
      } catch (e) {
        results.push({ name, wanted: deps[name], error: e.message });
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results.sort((a, b) => (b.libyear ?? -1) - (a.libyear ?? -1));
}

module.exports = { freshness, packument };
