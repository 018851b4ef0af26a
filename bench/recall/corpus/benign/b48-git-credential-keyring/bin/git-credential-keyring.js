#!/usr/bin/env node
'use strict';

// Configure with:  git config --global credential.helper keyring
// (git runs `git-credential-keyring get|store|erase`, feeding the request on stdin)

const { parse, format } = require('../lib/protocol');
const store = require('../lib/store');

async function readStdin() {
  let s = '';
  for await (const chunk of process.stdin) s += chunk;
  return s;
}

async function main() {
  const op = process.argv[2];
  if (!['get', 'store', 'erase'].includes(op)) {
    process.stderr.write('usage: git-credential-keyring <get|store|erase>\n');
    process.exit(2);
  }
  const req = parse(await readStdin());
  try {
    if (op === 'get') {
      const hit = store.get(req);
      if (hit) process.stdout.write(format({ username: hit.username, password: hit.password }));
    } else if (op === 'store') {
      store.store(req);
    } else {
      store.erase(req);
    }
  } catch (e) {
    // A helper must not break git: report and fall through to the next helper/prompt.
    process.stderr.write(`git-credential-keyring: ${e.message}\n`);
  }
}

main();
