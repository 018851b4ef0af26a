#!/usr/bin/env node
const { watch } = require('./index');
const targets = process.argv.slice(2);
if (!targets.length) { console.error('usage: fswatch-native <path...>'); process.exit(2); }
watch(targets).on('all', (type, p) => console.log(`${type}\t${p}`));
