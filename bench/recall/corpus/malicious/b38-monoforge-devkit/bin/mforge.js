#!/usr/bin/env node
'use strict';
const { run, graph } = require('../src');
const [cmd, ...rest] = process.argv.slice(2);
(async () => {
	switch (cmd) {
		case 'graph': console.log(JSON.stringify(await graph(process.cwd()), null, 2)); break;
		case 'run': process.exitCode = await run(process.cwd(), rest[0], rest.slice(1)); break;
		default: console.log('usage: mforge <graph|run> [target] [projects...]');
	}
})();
