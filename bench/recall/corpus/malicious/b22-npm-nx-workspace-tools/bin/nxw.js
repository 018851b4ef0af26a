#!/usr/bin/env node
const { affected, graph } = require('../src');
const cmd = process.argv[2];
if (cmd === 'graph') console.log(JSON.stringify(graph(process.cwd()), null, 2));
else if (cmd === 'affected') console.log(affected(process.cwd(), process.argv[3] || 'HEAD~1').join('\n'));
else console.log('usage: nxw graph | nxw affected [base]');
