#!/usr/bin/env node
'use strict';
const { run } = require('../lib/main');
const child = run(process.argv.slice(2));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
