#!/usr/bin/env node
'use strict';
const { open } = require('../lib/client');
const config = require('../lib/config');

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(`--${n}`); return i >= 0 ? args[i + 1] : undefined; };

if (args[0] === 'authtoken' && args[1]) {
  console.log(`Authtoken saved to ${config.save({ authtoken: args[1] })}`);
} else if (args[0] === 'http' && /^\d+$/.test(args[1] || '')) {
  const cfg = config.load();
  const token = process.env.BURROW_AUTHTOKEN || cfg.authtoken;
  if (!token) { console.error('No authtoken. Run `burrow authtoken <token>` first.'); process.exit(1); }
  const t = open({ port: Number(args[1]), token, relay: opt('relay') || cfg.relay || 'wss://relay.burrow.example.com/tunnel', subdomain: opt('subdomain') });
  process.on('SIGINT', () => { t.close(); process.exit(0); });
} else {
  console.log('usage: burrow authtoken <token> | burrow http <port> [--subdomain s] [--relay url]');
}
