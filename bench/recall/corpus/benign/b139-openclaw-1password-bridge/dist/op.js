'use strict';
const { execFile } = require('child_process');

function opRead(ref, account) {
  const args = ['read', '--no-newline', ref];
  if (account) args.unshift('--account', account);
  return new Promise((resolve, reject) => {
    execFile('op', args, { timeout: 60000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error('op read failed: ' + String(stderr).trim()));
      resolve(String(stdout));
    });
  });
}

function scrub(text, secret) {
  if (!secret || secret.length < 4) return text;
  return String(text).split(secret).join('[secret]');
}
module.exports = { opRead, scrub };
