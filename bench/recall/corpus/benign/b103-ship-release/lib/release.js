'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();

function nextVersion(cur, bump) {
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(bump)) return bump;
  const [maj, min, pat] = cur.split('-')[0].split('.').map(Number);
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  if (bump === 'patch') return `${maj}.${min}.${pat + 1}`;
  throw new Error('bump must be major|minor|patch|x.y.z');
}

function preflight(cwd, branch) {
  const status = sh('git', ['status', '--porcelain'], { cwd });
  if (status) throw new Error('working tree is not clean:\n' + status);
  const cur = sh('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd });
  if (cur !== branch) throw new Error(`on branch ${cur}, expected ${branch} (use --branch)`);
}

function changelog(cwd, version) {
  let prev = '';
  try { prev = sh('git', ['describe', '--tags', '--abbrev=0'], { cwd }); } catch (_) { prev = ''; }
  const log = sh('git', ['log', '--pretty=format:%s (%h)', ...(prev ? [`${prev}..HEAD`] : [])], { cwd });
  const lines = log.split('\n').filter((l) => l && !/^chore\(release\)/.test(l));
  const date = new Date().toISOString().slice(0, 10);
  return `## ${version} (${date})\n\n${lines.map((l) => `- ${l}`).join('\n') || '- maintenance release'}\n`;
}

function bumpFiles(cwd, version) {
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(cwd, f);
    if (!fs.existsSync(p)) continue;
    const j = JSON.parse(fs.readFileSync(p, 'utf8'));
    j.version = version;
    if (f === 'package-lock.json' && j.packages && j.packages['']) j.packages[''].version = version;
    fs.writeFileSync(p, JSON.stringify(j, null, 2) + '\n');
  }
}

function publish(cwd, { tag, dryRun, registry }) {
  const args = ['publish', '--registry', registry];
  if (tag) args.push('--tag', tag);
  if (dryRun) args.push('--dry-run');
  const token = process.env.NPM_TOKEN;
  let tmp = null;
  try {
    if (token) {
      // a throwaway userconfig so the token never lands in the repo or in ~/.npmrc
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ship-release-'));
      const rc = path.join(tmp, '.npmrc');
      fs.writeFileSync(rc, `//${new URL(registry).host}/:_authToken=\${NPM_TOKEN}\n`, { mode: 0o600 });
      args.push('--userconfig', rc);
    }
    execFileSync('npm', args, { cwd, stdio: 'inherit', env: process.env });
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function githubRelease(cwd, version, body) {
  const token = process.env.GITHUB_TOKEN;
  if (!token) return null;
  const remote = sh('git', ['remote', 'get-url', 'origin'], { cwd });
  const m = /github\.com[:/]([^/]+)\/(.+?)(\.git)?$/.exec(remote);
  if (!m) return null;
  const res = await fetch(`https://api.github.com/repos/${m[1]}/${m[2]}/releases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: `v${version}`, name: `v${version}`, body })
  });
  if (!res.ok) throw new Error(`GitHub release failed: ${res.status} ${await res.text()}`);
  return (await res.json()).html_url;
}

module.exports = { nextVersion, preflight, changelog, bumpFiles, publish, githubRelease, sh };
