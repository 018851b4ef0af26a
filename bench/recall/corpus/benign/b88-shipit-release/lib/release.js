'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts }).trim();

function nextVersion(cur, bump) {
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(bump)) return bump;
  const [maj, min, pat] = cur.split('-')[0].split('.').map(Number);
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  if (bump === 'patch') return `${maj}.${min}.${pat + 1}`;
  throw new Error(`unknown bump "${bump}"`);
}

function githubToken() {
  if (process.env.GITHUB_TOKEN) return process.env.GITHUB_TOKEN;
  try { return sh('gh', ['auth', 'token'], { stdio: ['ignore', 'pipe', 'ignore'] }); } catch { return null; }
}

function repoSlug(cwd) {
  try {
    const url = sh('git', ['remote', 'get-url', 'origin'], { cwd });
    const m = /github\.com[:/]([^/]+\/[^/.]+)(\.git)?$/.exec(url);
    return m ? m[1] : null;
  } catch { return null; }
}

function plan({ bump, cwd }) {
  const pkgPath = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (pkg.private) throw new Error('package is private; refusing to publish');
  if (sh('git', ['status', '--porcelain'], { cwd })) throw new Error('working tree not clean');
  const to = nextVersion(pkg.version, bump);
  let last = null;
  try { last = sh('git', ['describe', '--tags', '--abbrev=0'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }); } catch {}
  const log = sh('git', ['log', '--pretty=format:%s (%h)', last ? `${last}..HEAD` : 'HEAD'], { cwd }).split('\n').filter(Boolean);
  const slug = repoSlug(cwd);
  const steps = [
    `bump package.json ${pkg.version} → ${to}`,
    `CHANGELOG: ${log.length} commit(s) since ${last || 'start'}`,
    `git commit + tag v${to} + push`,
    `npm publish${process.env.GITHUB_ACTIONS ? ' --provenance' : ''} (registry: ${pkg.publishConfig?.registry || 'default'})`
  ];
  if (slug && githubToken()) steps.push(`GitHub release on ${slug}`);
  return { cwd, pkgPath, pkg, name: pkg.name, from: pkg.version, to, log, slug, steps };
}

async function execute(p) {
  const { cwd } = p;
  p.pkg.version = p.to;
  fs.writeFileSync(p.pkgPath, JSON.stringify(p.pkg, null, 2) + '\n');
  const lock = path.join(cwd, 'package-lock.json');
  if (fs.existsSync(lock)) {
    const l = JSON.parse(fs.readFileSync(lock, 'utf8'));
    l.version = p.to; if (l.packages && l.packages['']) l.packages[''].version = p.to;
    fs.writeFileSync(lock, JSON.stringify(l, null, 2) + '\n');
  }
  const notes = p.log.map(l => `- ${l}`).join('\n');
  const clPath = path.join(cwd, 'CHANGELOG.md');
  const prev = fs.existsSync(clPath) ? fs.readFileSync(clPath, 'utf8').replace(/^# Changelog\n+/, '') : '';
  fs.writeFileSync(clPath, `# Changelog\n\n## ${p.to} (${new Date().toISOString().slice(0, 10)})\n\n${notes}\n\n${prev}`);

  sh('git', ['add', 'package.json', 'CHANGELOG.md', ...(fs.existsSync(lock) ? ['package-lock.json'] : [])], { cwd });
  sh('git', ['commit', '-m', `chore(release): v${p.to}`], { cwd });
  sh('git', ['tag', '-a', `v${p.to}`, '-m', `v${p.to}`], { cwd });
  sh('git', ['push', '--follow-tags'], { cwd });

  const pubArgs = ['publish'];
  if (process.env.GITHUB_ACTIONS) pubArgs.push('--provenance');
  execFileSync('npm', pubArgs, { cwd, stdio: 'inherit' });

  const tok = p.slug && githubToken();
  if (tok) {
    const r = await fetch(`https://api.github.com/repos/${p.slug}/releases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: `v${p.to}`, name: `v${p.to}`, body: notes })
    });
    if (!r.ok) console.warn(`shipit: GitHub release failed (${r.status}); tag is pushed, create it manually`);
  }
}

module.exports = { plan, execute, nextVersion };
