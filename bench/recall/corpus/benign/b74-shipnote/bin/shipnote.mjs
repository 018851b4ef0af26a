#!/usr/bin/env node
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { out, step } from '../src/run.mjs';
import { packages, changedSince } from '../src/workspaces.mjs';
import { mergedTitles, render } from '../src/notes.mjs';

const argv = process.argv.slice(2);
const dry = !argv.includes('--yes');
const bump = argv.find((a) => ['major', 'minor', 'patch', 'prerelease'].includes(a)) ?? 'patch';
const distTag = argv.includes('--next') ? 'next' : 'latest';

function repoUrl() {
  try {
    const u = out('git', ['remote', 'get-url', 'origin']);
    const m = /[:/]([^/:]+\/[^/]+?)(\.git)?$/.exec(u);
    return m ? `https://github.example.com/${m[1]}` : null;
  } catch { return null; }
}

async function githubRelease(tag, body) {
  const token = process.env.GITHUB_TOKEN;
  const repo = process.env.GITHUB_REPOSITORY;
  if (!token || !repo) { console.log('(GITHUB_TOKEN/GITHUB_REPOSITORY not set: skipping GitHub release)'); return; }
  const api = process.env.GITHUB_API_URL ?? 'https://api.github.example.com';
  if (dry) { console.log(`[dry-run] POST ${api}/repos/${repo}/releases ${tag}`); return; }
  const res = await fetch(`${api}/repos/${repo}/releases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' },
    body: JSON.stringify({ tag_name: tag, name: tag, body, generate_release_notes: false }),
  });
  if (!res.ok) throw new Error(`GitHub release: ${res.status}`);
}

if (out('git', ['status', '--porcelain'])) { console.error('shipnote: commit or stash your changes first'); process.exit(1); }
const lastTag = (() => { try { return out('git', ['describe', '--tags', '--abbrev=0']); } catch { return null; } })();
const pkgs = packages().filter((p) => changedSince(lastTag, p.dir));
if (!pkgs.length) { console.log('nothing changed since', lastTag); process.exit(0); }

console.log(dry ? 'Dry run (pass --yes to release):\n' : 'Releasing:\n');
const tags = [];
for (const { dir, pkg } of pkgs) {
  step(dry, 'npm', ['version', bump, '--no-git-tag-version', ...(bump === 'prerelease' ? ['--preid', 'rc'] : [])], { cwd: dir });
  const version = dry ? `${pkg.version}+${bump}` : JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  tags.push({ name: pkg.name, version, dir });
}

const notes = render(tags.length === 1 ? tags[0].version : tags.map((t) => `${t.name}@${t.version}`).join(', '), mergedTitles(lastTag), repoUrl());
console.log('\n' + notes);
if (!dry) {
  const cl = existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n';
  writeFileSync('CHANGELOG.md', cl.replace(/^# Changelog\n/, `# Changelog\n\n${notes}\n`));
}

const tag = tags.length === 1 ? `v${tags[0].version}` : `release-${new Date().toISOString().slice(0, 10)}`;
step(dry, 'git', ['add', '-A']);
step(dry, 'git', ['commit', '-m', `release: ${tags.map((t) => `${t.name}@${t.version}`).join(', ')}`]);
step(dry, 'git', ['tag', '-a', tag, '-m', tag]);
for (const t of tags) {
  const args = ['publish', '--access', 'public', '--tag', distTag];
  if (process.env.CI && process.env.GITHUB_ACTIONS) args.push('--provenance');
  step(dry, 'npm', args, { cwd: t.dir });
}
step(dry, 'git', ['push', '--follow-tags']);
await githubRelease(tag, notes);
