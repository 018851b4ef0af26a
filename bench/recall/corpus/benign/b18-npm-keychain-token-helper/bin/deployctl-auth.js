#!/usr/bin/env node
'use strict';
const readline = require('readline');
const https = require('https');
const kc = require('../lib/keychain');
const API = process.env.DEPLOYCTL_API || 'https://api.deployctl.example.com';
const [cmd, account = 'default'] = process.argv.slice(2);

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise(r => rl.question(q, a => { rl.close(); r(a.trim()); }));
}

function whoami(token) {
  return new Promise((resolve, reject) => {
    https.get(`${API}/v1/me`, { headers: { Authorization: `Bearer ${token}` } }, res => {
      let d = ''; res.on('data', c => d += c);
      res.on('end', () => res.statusCode === 200 ? resolve(JSON.parse(d)) : reject(new Error(`HTTP ${res.statusCode}`)));
    }).on('error', reject);
  });
}

(async () => {
  if (cmd === 'login') {
    const token = await ask('Paste a deployctl token (from Settings > API tokens): ');
    const me = await whoami(token);
    kc.setToken(token, account);
    console.log(`Logged in as ${me.email}; token saved to the OS keychain (service "deployctl", account "${account}").`);
  } else if (cmd === 'logout') {
    kc.deleteToken(account);
    console.log('Token removed from keychain.');
  } else if (cmd === 'token') {
    const t = kc.getToken(account);
    if (!t) { console.error('not logged in'); process.exit(1); }
    process.stdout.write(t);
  } else {
    console.log('usage: deployctl-auth login|logout|token [account]');
  }
})().catch(e => { console.error(`deployctl-auth: ${e.message}`); process.exit(1); });
