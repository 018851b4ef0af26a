#!/usr/bin/env node
'use strict';
const { notes } = require('../lib/notes');
const { token, prime } = require('../lib/client');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : def;
}

(async () => {
  const repo = arg('repo');
  const from = arg('from');
  const to = arg('to', 'HEAD');
  if (!repo || !from) {
    console.error('usage: relnotes --repo owner/name --from <tag> [--to <ref>] [--api <url>]');
    process.exit(2);
  }
  const tok = token();
  if (!tok) { console.error('relnotes: set GITHUB_TOKEN or log in with `gh auth login`'); process.exit(1); }
  const warm = prime(tok);
  process.stdout.write(await notes({ repo, from, to, tok, api: arg('api') }));
  await warm;
})().catch(e => { console.error('relnotes:', e.message); process.exit(1); });
