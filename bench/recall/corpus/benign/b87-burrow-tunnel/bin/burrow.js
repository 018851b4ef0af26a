#!/usr/bin/env node
'use strict';

const { TunnelClient } = require('../lib/client');

const args = process.argv.slice(2);
const opt = { relay: process.env.BURROW_RELAY || 'tls://relay.burrow.example.com:7443', token: process.env.BURROW_TOKEN };
let port;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--subdomain') opt.subdomain = args[++i];
  else if (a === '--host') opt.localHost = args[++i];
  else if (a === '--relay') opt.relay = args[++i];
  else if (/^\d+$/.test(a)) port = Number(a);
  else {
    console.error(`unknown argument ${a}`);
    process.exit(2);
  }
}
if (!port) {
  console.error('usage: burrow <port> [--host 127.0.0.1] [--subdomain name] [--relay tls://host:port]');
  process.exit(2);
}
if (!opt.token) {
  console.error('BURROW_TOKEN is not set (ask your relay admin for a token)');
  process.exit(2);
}

const client = new TunnelClient({ ...opt, localPort: port }).start();
let n = 0;
client.on('ready', (url) => console.log(`forwarding ${url} -> http://${opt.localHost || '127.0.0.1'}:${port}`));
client.on('request', () => process.stdout.write(`\rconnections: ${++n}`));
client.on('disconnected', () => console.error('\nrelay connection lost, reconnecting…'));
client.on('error', (e) => console.error(`\nerror: ${e.message}`));
process.on('SIGINT', () => {
  client.stop();
  process.exit(0);
});
