#!/usr/bin/env node
'use strict';
const { commits, render } = require('./index');
const [from, to = 'HEAD'] = process.argv.slice(2);
const repo = process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}` : undefined;
process.stdout.write(render(commits(from, to), { repoUrl: repo, title: to === 'HEAD' ? undefined : to }));
