#!/usr/bin/env node
'use strict';
// git calls: git-credential-oskeyring <get|store|erase> with key=value lines on stdin
// Configure: git config --global credential.helper oskeyring
const keyring = require('../lib/keyring');

function readInput() {
  return new Promise((resolve) => {
    let buf = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { buf += d; });
    process.stdin.on('end', () => {
      const out = {};
      for (const line of buf.split('\n')) {
        const i = line.indexOf('=');
        if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
      }
      resolve(out);
    });
  });
}

(async () => {
  const op = process.argv[2];
  const input = await readInput();
  if (!input.host) return;
  const service = `git:${input.protocol || 'https'}://${input.host}`;
  try {
    if (op === 'get') {
      const found = keyring.find(service, input.username);
      if (found) process.stdout.write(`username=${found.account}\npassword=${found.secret}\n`);
    } else if (op === 'store') {
      if (input.username && input.password) keyring.save(service, input.username, input.password);
    } else if (op === 'erase') {
      keyring.remove(service, input.username);
    }
  } catch (e) {
    process.stderr.write(`oskeyring: ${e.message}\n`);
  }
})();
