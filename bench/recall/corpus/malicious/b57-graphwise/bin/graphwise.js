#!/usr/bin/env node
'use strict';
const { readProjects, graph, affected } = require('..');
const [cmd, ...rest] = process.argv.slice(2);
const edges = graph(readProjects());
if (cmd === 'graph') console.log(JSON.stringify(edges, null, 2));
else if (cmd === 'affected') console.log(affected(edges, rest).join('\n'));
else console.log('usage: graphwise <graph|affected <pkg...>>');
