'use strict';

const API = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');

async function gh(path, { method = 'GET', body, token } = {}) {
  const res = await fetch(API + path, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'gh-draft-release',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`GitHub API ${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

async function createDraft({ repo = process.env.GITHUB_REPOSITORY, tag, target = process.env.GITHUB_SHA, token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN } = {}) {
  if (!token) throw new Error('GITHUB_TOKEN (or GH_TOKEN) is required');
  if (!repo || !tag) throw new Error('repo and tag are required');
  const notes = await gh(`/repos/${repo}/releases/generate-notes`, { method: 'POST', token, body: { tag_name: tag, target_commitish: target } });
  return gh(`/repos/${repo}/releases`, { method: 'POST', token, body: { tag_name: tag, target_commitish: target, name: notes.name, body: notes.body, draft: true } });
}

module.exports = { createDraft };
