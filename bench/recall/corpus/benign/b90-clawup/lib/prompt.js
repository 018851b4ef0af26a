'use strict';
const readline = require('readline');

function confirm(question) {
  if (!process.stdin.isTTY) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(`${question} [y/N] `, (a) => { rl.close(); res(/^y(es)?$/i.test(a.trim())); }));
}

module.exports = { confirm };
