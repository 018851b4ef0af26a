#!/usr/bin/env node
'use strict';

const { createProxy } = require('../lib/proxy');

const argv = process.argv.slice(2);
const get = (flag, def) => {
  const i = argv.indexOf(flag);
  return i === -1 ? def : argv[i + 1];
};
const port = Number(get('--port', 8899));
const host = get('--host', '127.0.0.1');
const server = createProxy({ showSecrets: argv.includes('--show-secrets'), logFile: get('--log') });
server.listen(port, host, () => {
  console.log(`devproxy listening on http://${host}:${port}`);
  console.log(`  HTTP_PROXY=http://${host}:${port} HTTPS_PROXY=http://${host}:${port} <your command>`);
});
