'use strict';
const { execFile } = require('child_process');

const SECURITY = '/usr/bin/security';

function run(args, input) {
  return new Promise((resolve, reject) => {
    const p = execFile(SECURITY, args, { encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        err.code44 = /could not be found/.test(stderr);
        err.message = stderr.trim() || err.message;
        return reject(err);
      }
      resolve(stdout);
    });
    if (input != null) p.stdin.end(input);
  });
}

async function getPassword(service, account) {
  try {
    const out = await run(['find-generic-password', '-s', service, '-a', account, '-w']);
    return out.replace(/\n$/, '');
  } catch (e) {
    if (e.code44) return null;
    throw e;
  }
}

async function setPassword(service, account, password) {
  // -U updates if it exists; -T '' means no app is pre-authorized besides the caller
  await run(['add-generic-password', '-U', '-s', service, '-a', account, '-w', password]);
}

async function deletePassword(service, account) {
  try {
    await run(['delete-generic-password', '-s', service, '-a', account]);
    return true;
  } catch (e) {
    if (e.code44) return false;
    throw e;
  }
}

async function findCredentials(service) {
  const out = await run(['dump-keychain']).catch(() => '');
  const res = [];
  for (const block of out.split(/^keychain: /m)) {
    if (!new RegExp(`"svce"<blob>="${service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(block)) continue;
    const acct = /"acct"<blob>="([^"]*)"/.exec(block);
    if (acct) res.push({ account: acct[1], password: await getPassword(service, acct[1]) });
  }
  return res;
}

module.exports = { getPassword, setPassword, deletePassword, findCredentials };
