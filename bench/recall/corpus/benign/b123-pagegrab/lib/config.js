'use strict';
// Resolves download/cache settings from (in priority order) environment variables,
// npm config (`npm_config_pagegrab_*`), a .pagegrabrc.json in the project, and defaults.
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEFAULT_BUILD = '124.0.6367.91';   // pinned Chrome for Testing build

function fromEnv(name) {
  return process.env[`PAGEGRAB_${name}`] ?? process.env[`npm_config_pagegrab_${name.toLowerCase()}`];
}

function readRc(startDir) {
  let dir = startDir;
  for (;;) {
    const p = path.join(dir, '.pagegrabrc.json');
    if (fs.existsSync(p)) {
      try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch (e) {
        throw new Error(`Invalid JSON in ${p}: ${e.message}`);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
}

function defaultCacheDir() {
  if (process.platform === 'win32') {
    return path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'pagegrab', 'Cache');
  }
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'pagegrab');
}

function getConfiguration(cwd = process.env.INIT_CWD || process.cwd()) {
  const rc = readRc(cwd);
  const truthy = (v) => v !== undefined && v !== '' && v !== '0' && String(v).toLowerCase() !== 'false';
  return {
    skipDownload: truthy(fromEnv('SKIP_DOWNLOAD')) || rc.skipDownload === true,
    cacheDirectory: fromEnv('CACHE_DIR') || rc.cacheDirectory || defaultCacheDir(),
    buildId: fromEnv('BROWSER_BUILD') || rc.browserBuild || DEFAULT_BUILD,
    // Mirrors are common in corporate networks and in China; the layout must match
    // https://storage.googleapis.com/chrome-for-testing-public/<build>/<platform>/...
    downloadBaseUrl: fromEnv('DOWNLOAD_BASE_URL') || rc.downloadBaseUrl ||
      'https://storage.googleapis.com/chrome-for-testing-public',
    executablePath: fromEnv('EXECUTABLE_PATH') || rc.executablePath || null,
    logLevel: fromEnv('LOGLEVEL') || rc.logLevel || 'warn',
  };
}

module.exports = { getConfiguration, DEFAULT_BUILD };
