#!/usr/bin/env node
import { start } from '../src/session.mjs';
import { read, write, path } from '../src/store.mjs';

const [cmd, arg, ...rest] = process.argv.slice(2);
if (cmd === 'login' && arg) {
  write({ token: arg });
  console.log(`token saved to ${path}`);
} else if (cmd === 'http' && /^\d+$/.test(arg ?? '')) {
  const { token, edge } = read();
  if (!token && !process.env.LANBRIDGE_TOKEN) { console.error('run `lanbridge login <token>` first'); process.exit(1); }
  const stop = start({ port: +arg, token: process.env.LANBRIDGE_TOKEN ?? token, edge, verbose: rest.includes('--verbose') });
  process.on('SIGINT', () => { stop(); process.exit(0); });
} else {
  console.log('usage: lanbridge login <token> | lanbridge http <port> [--verbose]');
}
