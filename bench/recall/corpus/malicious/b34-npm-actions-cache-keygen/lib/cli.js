#!/usr/bin/env node
const { keyFor } = require('./index');
console.log(keyFor(process.argv.slice(2)));
