'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { lockedPackages, installedPackages } = require('./lockfiles');

const SCAN_EXT = new Set(['.js', '.cjs', '.mjs', '.yml', '.yaml', '.sh']);
const MAX_FILE = 2 * 1024 * 1024;

function loadPacks(extra = []) {
  const dir = path.join(__dirname, '..', 'iocs');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)).concat(extra);
  return files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
}

const refang = (h) => h.replace(/\[\.\]/g, '.');

function sha256(file) { return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'); }

function markerHits(text, pack) {
  const hits = pack.markers.filter((m) => text.includes(m));
  const need = pack.markerMode && pack.markerMode.startsWith('all-of-') ? Number(pack.markerMode.slice(7)) : 1;
  const hosts = (pack.hosts || []).map(refang).filter((h) => text.includes(h));
  return hits.length >= need || hosts.length ? { markers: hits, hosts } : null;
}

function* walkFiles(dir, depth = 0) {
  if (depth > 12) return;
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { return; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) yield* walkFiles(p, depth + 1);
    else if (e.isFile() && SCAN_EXT.has(path.extname(e.name))) yield p;
  }
}

function tokenExposure() {
  const findings = [];
  for (const f of [path.join(os.homedir(), '.npmrc'), path.resolve('.npmrc')]) {
    let txt = '';
    try { txt = fs.readFileSync(f, 'utf8'); } catch (_) { continue; }
    for (const m of txt.matchAll(/_authToken\s*=\s*([^\s$][^\s]*)/g)) {
      findings.push({ kind: 'token-on-disk', file: f, detail: `literal npm token ending in …${m[1].slice(-4)}; rotate it if any other finding is positive` });
    }
  }
  return findings;
}

function persistence(packs) {
  const out = [];
  for (const rc of ['.bashrc', '.zshrc', '.profile']) {
    const f = path.join(os.homedir(), rc);
    try { if (/sudo shutdown -h 0/.test(fs.readFileSync(f, 'utf8'))) out.push({ kind: 'persistence', file: f, detail: 'shutdown line appended to shell rc' }); } catch (_) {}
  }
  if (fs.existsSync('/tmp/inventory.txt')) out.push({ kind: 'artifact', file: '/tmp/inventory.txt', detail: 'secret inventory written by AI-CLI abuse payload' });
  return out;
}

function sweep(root, opts = {}) {
  const packs = loadPacks(opts.packs);
  const findings = [];
  const byName = new Map();
  for (const p of packs) for (const [name, versions] of Object.entries(p.versions || {})) byName.set(name, (byName.get(name) || []).concat(versions.map((v) => ({ v, pack: p.id }))));
  const hashes = new Map();
  for (const p of packs) for (const f of p.files || []) hashes.set(f.sha256, { pack: p.id, name: f.name });

  for (const pkg of lockedPackages(root)) {
    for (const bad of byName.get(pkg.name) || []) if (bad.v === pkg.version) findings.push({ kind: 'compromised-version', pack: bad.pack, file: pkg.via, detail: `${pkg.name}@${pkg.version}` });
  }
  for (const pkg of installedPackages(root)) {
    for (const bad of byName.get(pkg.name) || []) if (bad.v === pkg.version) findings.push({ kind: 'compromised-installed', pack: bad.pack, file: pkg.dir, detail: `${pkg.name}@${pkg.version}` });
  }
  for (const f of walkFiles(root)) {
    let st; try { st = fs.statSync(f); } catch (_) { continue; }
    if (st.size > MAX_FILE) continue;
    const h = sha256(f);
    if (hashes.has(h)) findings.push({ kind: 'payload-hash', pack: hashes.get(h).pack, file: f, detail: h });
    const text = fs.readFileSync(f, 'utf8');
    for (const p of packs) {
      const hit = markerHits(text, p);
      if (hit) findings.push({ kind: 'payload-marker', pack: p.id, file: f, detail: hit.markers.concat(hit.hosts).join(', ') });
    }
    if (/\.github[\\/]workflows[\\/]/.test(f)) for (const p of packs) if ((p.workflows || []).includes(path.basename(f))) findings.push({ kind: 'planted-workflow', pack: p.id, file: f });
  }
  if (!opts.projectOnly) findings.push(...persistence(packs), ...tokenExposure());
  return findings;
}

module.exports = { sweep, loadPacks };
