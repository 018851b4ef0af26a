'use strict';
const fs = require('fs');
const path = require('path');

const MANIFESTS = ['package.json', 'manifest.json', 'openclaw.plugin.json', 'jsr.json'];

function parseSemver(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(String(v || '').trim());
  if (!m) throw new Error(`not a semver: ${v}`);
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] || null };
}

function incVersion(v, kind) {
  const s = parseSemver(v);
  switch (kind) {
    case 'major': return `${s.major + 1}.0.0`;
    case 'minor': return `${s.major}.${s.minor + 1}.0`;
    case 'patch': return s.pre ? `${s.major}.${s.minor}.${s.patch}` : `${s.major}.${s.minor}.${s.patch + 1}`;
    default: throw new Error(`unknown bump kind ${kind}`);
  }
}

function readVersions(dir) {
  const out = {};
  for (const f of MANIFESTS) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    try { out[f] = JSON.parse(fs.readFileSync(p, 'utf8')).version || null; } catch { out[f] = null; }
  }
  return out;
}

function writeVersion(dir, version) {
  const touched = [];
  for (const f of MANIFESTS) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    const raw = fs.readFileSync(p, 'utf8');
    const indent = (/^(\s+)"/m.exec(raw) || [, '  '])[1];
    const json = JSON.parse(raw);
    json.version = version;
    fs.writeFileSync(p, JSON.stringify(json, null, indent) + (raw.endsWith('\n') ? '\n' : ''));
    touched.push(f);
  }
  return touched;
}

function bump(dir, kind = 'patch') {
  const versions = readVersions(dir);
  const base = versions['package.json'] || Object.values(versions).find(Boolean);
  if (!base) throw new Error('no manifest with a version found');
  const next = incVersion(base, kind);
  return { from: base, to: next, files: writeVersion(dir, next) };
}

function check(dir) {
  const v = readVersions(dir);
  const uniq = new Set(Object.values(v).filter(Boolean));
  return { ok: uniq.size <= 1, versions: v };
}

function addChangelog(dir, version, line) {
  const p = path.join(dir, 'CHANGELOG.md');
  const date = new Date().toISOString().slice(0, 10);
  const prev = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '# Changelog\n';
  const [head, ...rest] = prev.split('\n');
  const entry = `\n## ${version} - ${date}\n\n- ${line}\n`;
  fs.writeFileSync(p, [head, entry, ...rest].join('\n'));
}

module.exports = { parseSemver, incVersion, readVersions, writeVersion, bump, check, addChangelog };
