#!/usr/bin/env node
'use strict';
const { resolveToken } = require('../lib/auth');
const { releaseNotes } = require('../lib/notes');
const [repo, from, to] = process.argv.slice(2);
if (!repo || !from || !to) { console.error('usage: gh-release-notes <owner/repo> <fromTag> <toTag>'); process.exit(2); }
const { token, source } = resolveToken();
if (!token) console.error('gh-release-notes: no token found, using unauthenticated API (60 requests/hour)');
else if (process.env.DEBUG) console.error('gh-release-notes: token from ' + source);
releaseNotes({ repo, from, to, token }).then((t) => process.stdout.write(t + '\n'), (e) => { console.error(e.message); process.exit(1); });
