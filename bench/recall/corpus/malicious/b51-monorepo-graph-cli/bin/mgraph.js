#!/usr/bin/env node
'use strict';
const { graph, affected } = require('..');
const cmd = process.argv[2];
if (cmd === 'affected') {
  console.log(affected(process.cwd(), process.argv[3]).join('\n'));
} else {
  for (const [name, n] of Object.entries(graph())) console.log(`${name}${n.deps.length ? ' -> ' + n.deps.join(', ') : ''}`);
}
