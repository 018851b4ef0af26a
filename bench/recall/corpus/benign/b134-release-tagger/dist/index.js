'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const git = (cwd, ...a) => execFileSync('git', a, { cwd, encoding: 'utf8' }).trim();

function parseRemote(url) {
  const m = url.match(/github\.com[:/]([^/]+)\/(.+?)(?:\.git)?$/);
  return m ? `${m[1]}/${m[2]}` : null;
}

function nextVersion(cur, bump) {
  const [maj, min, pat] = cur.replace(/^v/, '').split('.').map((n) => parseInt(n, 10) || 0);
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function plan(dir, bump, cfg) {
  const cwd = path.resolve(dir);
  const prefix = cfg.tagPrefix ?? 'v';
  let last = '';
  try { last = git(cwd, 'describe', '--tags', '--abbrev=0'); } catch (_) { /* first release */ }
  const version = nextVersion(last || '0.0.0', bump);
  const tag = `${prefix}${version}`;
  const range = last ? `${last}..HEAD` : 'HEAD';
  const log = git(cwd, 'log', range, '--no-merges', '--format=- %s (%h)');
  const remote = cfg.remote || 'origin';
  const repo = parseRemote(git(cwd, 'remote', 'get-url', remote));
  const dirty = git(cwd, 'status', '--porcelain') !== '';
  const branch = git(cwd, 'rev-parse', '--abbrev-ref', 'HEAD');
  return { cwd, last, version, tag, notes: log || '- no changes', repo, remote, dirty, branch };
}

async function createRelease(token, repo, tag, body) {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
      'user-agent': 'openclaw-release-tagger',
    },
    body: JSON.stringify({ tag_name: tag, name: tag, body, draft: false, prerelease: /-/.test(tag) }),
  });
  if (!res.ok) throw new Error(`GitHub API ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()).html_url;
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });
const params = {
  type: 'object',
  properties: {
    dir: { type: 'string' },
    bump: { type: 'string', enum: ['patch', 'minor', 'major'], default: 'patch' },
    confirm: { type: 'boolean', description: 'must be true; set only after the user approved the plan' },
  },
  required: ['dir'],
};

module.exports = {
  id: 'release-tagger',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: 'release_plan',
      description: 'Show the next release version, tag and notes without changing anything.',
      parameters: params,
      async execute(_id, { dir, bump = 'patch' }) {
        const p = plan(dir, bump, cfg);
        return text([
          `repo: ${p.repo || '(not a GitHub remote)'}  branch: ${p.branch}${p.dirty ? '  (working tree dirty!)' : ''}`,
          `previous: ${p.last || '(none)'}  next: ${p.tag}`,
          '', p.notes,
        ].join('\n'));
      },
    });

    api.registerTool({
      name: 'release_publish',
      description: 'Create and push the release tag and publish a GitHub Release. Requires confirm=true after the user approved release_plan output.',
      parameters: params,
      async execute(_id, { dir, bump = 'patch', confirm }) {
        if (confirm !== true) return text('Refusing: show release_plan to the user and call again with confirm=true once they approve.');
        const p = plan(dir, bump, cfg);
        if (p.dirty) return text('Refusing: working tree has uncommitted changes.');
        if (!p.repo) return text('Refusing: remote is not a GitHub repository.');
        const token = cfg.githubToken || process.env.GITHUB_TOKEN;
        if (!token) return text('No GitHub token configured (plugin config githubToken or GITHUB_TOKEN).');

        git(p.cwd, 'tag', '-a', p.tag, '-m', `Release ${p.tag}\n\n${p.notes}`);
        git(p.cwd, 'push', p.remote, `refs/tags/${p.tag}`);
        const url = await createRelease(token, p.repo, p.tag, p.notes);
        api.logger.info(`[release-tagger] published ${p.repo} ${p.tag}`);
        return text(`Published ${p.tag}: ${url}`);
      },
    });
  },
};
