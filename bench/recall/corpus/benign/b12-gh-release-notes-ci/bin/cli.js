#!/usr/bin/env node
'use strict';
const { createDraft } = require('../lib/index.js');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
createDraft({ tag: args.tag || process.env.GITHUB_REF_NAME, repo: args.repo })
  .then((r) => { console.log(`Draft release created: ${r.html_url}`); })
  .catch((e) => { console.error(e.message); process.exit(1); });
