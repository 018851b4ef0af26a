#!/usr/bin/env node
for (const p of process.argv.slice(2)) require('./index.js')(p);
