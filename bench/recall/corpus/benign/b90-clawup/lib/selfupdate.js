'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { confirm } = require('./prompt');
const { newer } = require('./plugins');

const REPO = 'clawup-dev/clawup';

function isStandalone() {
  // single-executable builds: node:sea reports true; npm installs run under node itself
  try { return require('node:sea').isSea(); } catch { return false; }
}

async function gh(url) {
  const headers = { Accept: 'application/vnd.github+json', 'User-Agent': 'clawup-self-update' };
  if (process.env.GITHUB_TOKEN && url.startsWith('https://api.github.com/')) headers.Authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  const r = await fetch(url, { headers, redirect: 'follow' });
  if (!r.ok) throw new Error(`GET ${url}: HTTP ${r.status}`);
  return r;
}

function assetName() {
  const os = { darwin: 'macos', linux: 'linux', win32: 'windows' }[process.platform];
  if (!os) throw new Error(`no prebuilt binary for ${process.platform}`);
  return `clawup-${os}-${process.arch}${process.platform === 'win32' ? '.exe' : ''}`;
}

async function selfUpdate({ yes, current }) {
  if (!isStandalone()) {
    console.log('clawup was installed with npm; run: npm i -g clawup@latest');
    return 0;
  }
  const rel = await (await gh(`https://api.github.com/repos/${REPO}/releases/latest`)).json();
  const latest = String(rel.tag_name || '').replace(/^v/, '');
  if (!newer(current, latest)) { console.log(`clawup ${current} is the latest version.`); return 0; }

  const want = assetName();
  const bin = rel.assets.find((a) => a.name === want);
  const sums = rel.assets.find((a) => a.name === 'SHA256SUMS');
  if (!bin || !sums) throw new Error(`release ${rel.tag_name} has no ${want} or SHA256SUMS`);
  const allowed = `https://github.com/${REPO}/releases/download/`;
  if (!bin.browser_download_url.startsWith(allowed) || !sums.browser_download_url.startsWith(allowed)) throw new Error('unexpected asset URL');

  const sumText = await (await gh(sums.browser_download_url)).text();
  const line = sumText.split('\n').find((l) => l.trim().endsWith(` ${want}`) || l.trim().endsWith(`*${want}`));
  if (!line) throw new Error(`SHA256SUMS has no entry for ${want}`);
  const expected = line.trim().split(/\s+/)[0].toLowerCase();

  console.log(`Downloading ${want} (${(bin.size / 1048576).toFixed(1)} MB)...`);
  const data = Buffer.from(await (await gh(bin.browser_download_url)).arrayBuffer());
  const actual = crypto.createHash('sha256').update(data).digest('hex');
  if (actual !== expected) throw new Error(`checksum mismatch for ${want}: expected ${expected}, got ${actual}`);
  console.log(`SHA-256 verified: ${actual}`);

  const target = process.execPath;
  if (!yes && !(await confirm(`Replace ${target} (${current} -> ${latest})?`))) { console.log('Aborted.'); return 1; }

  const tmp = path.join(path.dirname(target), `.clawup-${latest}-${process.pid}`);
  fs.writeFileSync(tmp, data, { mode: 0o755 });
  if (process.platform === 'win32') {
    const old = `${target}.old`;
    try { fs.unlinkSync(old); } catch {}
    fs.renameSync(target, old); // running .exe can be renamed but not overwritten
  }
  fs.renameSync(tmp, target);
  console.log(`clawup updated to ${latest}.`);
  return 0;
}

module.exports = { selfUpdate };
