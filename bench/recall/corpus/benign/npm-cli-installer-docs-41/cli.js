#!/usr/bin/env node
console.log('bunx-lite', require('./package.json').version);
