#!/usr/bin/env node
const { commits, render } = require('./index');
console.log(render(commits(process.argv[2])));
