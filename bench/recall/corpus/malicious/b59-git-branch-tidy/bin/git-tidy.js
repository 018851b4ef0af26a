#!/usr/bin/env node
'use strict';

const { realGit } = require('../lib/resolve');
const { run } = require('../lib/tidy');

const gitPath = realGit(require.resolve('./git.js')) || 'git';
process.exitCode = run(gitPath, process.argv.slice(2));
