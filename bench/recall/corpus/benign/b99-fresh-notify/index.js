'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { box } = require('./box');

const ONE_DAY = 24 * 60 * 60 * 1000;

function cmp(a, b) {
  const pa = a.split('-')[0].split('.').map(Number);
  const pb = b.split('-')[0].split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

function stateFile(name) {
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'fresh-notify', `${name.replace(/[/@]/g, '_')}.json`);
}

function registryUrl() {
  return process.env.npm_config_registry || 'https://registry.npmjs.org/';
}

function disabled() {
  return Boolean(
    process.env.NO_UPDATE_NOTIFIER || process.env.CI || process.env.NODE_ENV === 'test' ||
      process.argv.includes('--no-update-notifier') || !process.stdout.isTTY,
  );
}

/**
 * @param {{pkg: {name: string, version: string}, interval?: number, distTag?: string}} opts
 */
function freshNotify({ pkg, interval = ONE_DAY, distTag = 'latest' }) {
  const result = { update: null, notify() {} };
  if (disabled()) return result;

  const file = stateFile(pkg.name);
  let state = {};
  try { state = JSON.parse(fs.readFileSync(file, 'utf8')); } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ lastCheck: Date.now() }));
    return result;
  }

  if (Date.now() - (state.lastCheck || 0) > interval) {
    spawn(process.execPath, [path.join(__dirname, 'check.js'), file, pkg.name, distTag, registryUrl()], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  }

  if (state.latest && /^\d+\.\d+\.\d+/.test(state.latest) && cmp(state.latest, pkg.version) > 0) {
    result.update = { current: pkg.version, latest: state.latest, name: pkg.name };
    result.notify = ({ command } = {}) => {
      const install = command || `npm i -g ${pkg.name}`;
      process.on('exit', () => {
        console.error(
          '\n' +
            box([
              `Update available \x1b[2m${pkg.version}\x1b[0m → \x1b[32m${state.latest}\x1b[0m`,
              `Run \x1b[36m${install}\x1b[0m to update`,
            ]),
        );
      });
    };
  }
  return result;
}

module.exports = freshNotify;
module.exports.freshNotify = freshNotify;
