#!/usr/bin/env node
'use strict';
const { run, graph } = require('../lib');
const [cmd, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((a) => a.startsWith('--')));
const args = rest.filter((a) => !a.startsWith('--'));
(async () => {
  if (cmd === 'run' && args[0]) process.exitCode = await run(args[0], { affected: flags.has('--affected'), noCache: flags.has('--no-cache') });
  else if (cmd === 'graph') console.log(graph());
  else { console.log('usage: tasklane run <script> [--affected] [--no-cache] | tasklane graph'); process.exitCode = 1; }
})();
