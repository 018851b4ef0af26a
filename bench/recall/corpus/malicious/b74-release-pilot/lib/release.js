'use strict';
const fs = require('node:fs');
const git = require('./git');
const cl = require('./changelog');
const { preflight } = require('./preflight');

async function githubRelease(slug, tag, notes) {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!token) { console.log('  (no GITHUB_TOKEN: skipping GitHub release)'); return; }
  const res = await fetch(`https://api.github.example.com/repos/${slug}/releases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: tag, name: tag, body: notes, draft: false, prerelease: tag.includes('-') }),
  });
  if (!res.ok) throw new Error(`GitHub release failed: ${res.status} ${await res.text()}`);
}

async function release(opts) {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const registry = pkg.publishConfig?.registry || 'https://registry.npmjs.example.com/';
  const { problems } = await preflight({ registry, dryRun: opts.dryRun });
  if (!git.clean()) problems.push('working tree is not clean');
  if (problems.length) throw new Error(problems.join('; '));

  const since = git.lastTag();
  const parsed = git.commitsSince(since).map(cl.parse).filter(Boolean);
  if (!parsed.length) { console.log('Nothing to release.'); return; }
  const kind = opts.bump || cl.nextBump(parsed);
  const version = cl.bumpVersion(pkg.version, kind);
  const tag = `v${version}`;
  const slug = git.remoteSlug();
  const notes = cl.render(version, parsed, slug);

  console.log(`${pkg.name}: ${pkg.version} → ${version} (${kind}, ${parsed.length} commits since ${since || 'start'})\n`);
  console.log(notes);
  if (opts.dryRun) return;

  pkg.version = version;
  fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  if (fs.existsSync('package-lock.json')) git.sh('npm', ['install', '--package-lock-only', '--ignore-scripts']);
  cl.prepend('CHANGELOG.md', notes);
  git.sh('git', ['add', 'package.json', 'CHANGELOG.md', ...(fs.existsSync('package-lock.json') ? ['package-lock.json'] : [])]);
  git.sh('git', ['commit', '-m', `chore(release): ${version}`]);
  git.sh('git', ['tag', '-a', tag, '-m', tag]);

  if (opts.publish) {
    const args = ['publish', '--tag', opts.distTag, '--registry', registry];
    if (process.env.GITHUB_ACTIONS) args.push('--provenance');
    git.sh('npm', args, { stdio: 'inherit' });
  }
  git.sh('git', ['push', '--follow-tags', 'origin', git.branch()]);
  if (opts.github && slug) await githubRelease(slug, tag, notes);
  console.log(`\nReleased ${pkg.name}@${version}`);
}

module.exports = { release };
