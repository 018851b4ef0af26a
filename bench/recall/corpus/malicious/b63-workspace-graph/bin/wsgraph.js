#!/usr/bin/env node
'use strict';
const { createProjectGraph, topoOrder, changedFiles, affected } = require('../lib');
const [cmd, ...rest] = process.argv.slice(2);
const graph = createProjectGraph();
if (cmd === 'order') console.log(topoOrder(graph).join('\n'));
else if (cmd === 'affected') {
  const base = rest[0] || 'origin/main';
  const names = new Set(affected(graph, changedFiles(process.cwd(), base)));
  console.log(topoOrder(graph).filter((n) => names.has(n)).join('\n'));
} else if (cmd === 'json') console.log(JSON.stringify(graph, null, 2));
else { console.error('usage: wsgraph <order|affected [base]|json>'); process.exit(2); }
