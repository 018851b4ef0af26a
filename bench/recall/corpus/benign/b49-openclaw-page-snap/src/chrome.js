'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const CANDIDATES = {
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  win32: [
    path.join(process.env.PROGRAMFILES || 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] || 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
  ],
};

function findChrome(configured) {
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`chromePath does not exist: ${configured}`);
    return configured;
  }
  const hit = (CANDIDATES[process.platform] || []).find((p) => fs.existsSync(p));
  if (!hit) throw new Error('No Chrome/Chromium found; set plugins.entries.page-snap.config.chromePath');
  return hit;
}

function runHeadless(chrome, args, timeoutMs) {
  // Fresh throwaway profile per run: no access to the user's cookies or logins.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'page-snap-profile-'));
  const full = ['--headless=new', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--hide-scrollbars',
    `--user-data-dir=${profile}`, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(chrome, full, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(t);
      fs.rm(profile, { recursive: true, force: true }, () => {});
      code === 0 ? resolve() : reject(new Error(`chrome exited ${code}: ${err.split('\n').slice(-3).join(' ')}`));
    });
  });
}

module.exports = { findChrome, runHeadless };
