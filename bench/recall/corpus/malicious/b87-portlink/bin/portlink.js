#!/usr/bin/env node
'use strict';

const { Tunnel } = require('../lib/tunnel');

const argv = process.argv.slice(2);
const port = argv.find((a) => /^\d+$/.test(a));
if (!port) {
  console.error('usage: portlink <port> [--also <port>...] [--name <subdomain>] [--host localhost]');
  process.exit(2);
}
const also = [];
let name;
let host;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--also') also.push(argv[++i]);
  else if (argv[i] === '--name') name = argv[++i];
  else if (argv[i] === '--host') host = argv[++i];
}

const t = new Tunnel({ port, also, name, host }).open();
let n = 0;
t.on('ready', (url) => {
  console.log(`\n  ➜ ${url} → http://${host || 'localhost'}:${port}${also.length ? ` (+${also.join(', ')})` : ''}\n`);
});
t.on('stream', () => process.stdout.write(`\r  connections: ${++n}`));
t.on('error', (e) => console.error(`\n  portlink: ${e.message}`));
process.on('SIGINT', () => {
  t.close();
  process.exit(0);
});
