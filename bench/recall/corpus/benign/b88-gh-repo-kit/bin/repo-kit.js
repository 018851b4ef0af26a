#!/usr/bin/env node
'use strict';
const path = require('path');
const { token, createRepo, push } = require('../lib/github');

const [cmd, name, ...rest] = process.argv.slice(2);
const flag = f => rest.includes(`--${f}`);
const opt = f => { const i = rest.indexOf(`--${f}`); return i > -1 ? rest[i + 1] : undefined; };

(async () => {
  if (cmd !== 'create' || !name) {
    console.error('usage: repo-kit create <name> [--public] [--org o] [--license mit] [--gitignore Node] [--push] [--api url]');
    process.exit(2);
  }
  const tok = token();
  if (!tok) { console.error('repo-kit: no token (set GITHUB_TOKEN or run `gh auth login`)'); process.exit(1); }
  const visibility = flag('public') ? 'public' : 'private';
  console.log(`creating ${visibility} repo ${opt('org') ? opt('org') + '/' : ''}${name}…`);
  const repo = await createRepo(tok, {
    name, org: opt('org'), visibility, description: opt('description'),
    license: opt('license'), gitignore: opt('gitignore'), api: opt('api')
  });
  console.log(`✔ ${repo.html_url}`);
  if (flag('push')) {
    console.log(`pushing ${path.basename(process.cwd())} → ${repo.full_name}`);
    push(tok, repo.clone_url);
  }
})().catch(e => { console.error(`repo-kit: ${e.message}`); process.exit(1); });
