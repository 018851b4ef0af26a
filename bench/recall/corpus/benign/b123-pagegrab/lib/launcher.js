'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { getConfiguration } = require('./config');
const { computeExecutablePath } = require('./fetcher');

const DEFAULT_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--hide-scrollbars',
  '--mute-audio',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--metrics-recording-only',
  '--remote-debugging-port=0',
];

function launch({ executablePath, args = [], userDataDir, timeout = 30000, sandbox = true } = {}) {
  const config = getConfiguration();
  const exe = executablePath || config.executablePath || computeExecutablePath(config);
  if (!fs.existsSync(exe)) {
    throw new Error(`Could not find Chrome (build ${config.buildId}). Run "npx pagegrab install" or set PAGEGRAB_EXECUTABLE_PATH.`);
  }
  const profile = userDataDir || fs.mkdtempSync(path.join(os.tmpdir(), 'pagegrab_profile-'));
  const finalArgs = [...DEFAULT_ARGS, `--user-data-dir=${profile}`, ...args];
  if (!sandbox) finalArgs.push('--no-sandbox');
  const proc = spawn(exe, finalArgs, { stdio: ['ignore', 'ignore', 'pipe'] });

  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => { proc.kill(); reject(new Error(`Timed out after ${timeout} ms waiting for the browser`)); }, timeout);
    proc.stderr.on('data', (d) => {
      buf += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve({
          wsEndpoint: m[1],
          process: proc,
          close() {
            proc.kill();
            if (!userDataDir) fs.rmSync(profile, { recursive: true, force: true });
          },
        });
      }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Browser exited early (${code}):\n${buf}`)); });
  });
}

module.exports = { launch, DEFAULT_ARGS };
