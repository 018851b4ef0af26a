'use strict';

const { execFile } = require('child_process');

function run(cmd, args, input) {
  return new Promise((resolve, reject) => {
    const p = execFile(cmd, args, { timeout: 15000 }, (err, stdout, stderr) => (err ? reject(new Error((stderr || err.message).trim())) : resolve(stdout)));
    if (input !== undefined) { p.stdin.write(input); p.stdin.end(); }
  });
}

// Stores a secret in the user's OS keychain. The value is passed on stdin
// (Linux) or as an argument to /usr/bin/security (macOS), never through a shell.
async function store(service, account, value) {
  if (process.platform === 'darwin') {
    await run('/usr/bin/security', ['add-generic-password', '-U', '-s', service, '-a', account, '-w', value]);
    return `security find-generic-password -s ${service} -a ${account} -w`;
  }
  if (process.platform === 'linux') {
    await run('secret-tool', ['store', '--label', `${service} ${account}`, 'service', service, 'account', account], value);
    return `secret-tool lookup service ${service} account ${account}`;
  }
  throw new Error('Keychain storage is supported on macOS and Linux (libsecret) only.');
}

module.exports = { store };
