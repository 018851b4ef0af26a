'use strict';
const { spawn } = require('child_process');
const path = require('path');
const semver = require('semver');
const Store = require('./lib/store');
const boxen = require('./lib/box');

const ONE_DAY = 1000 * 60 * 60 * 24;

class UpdateNotifier {
  constructor({ pkg, updateCheckInterval = ONE_DAY, shouldNotifyInNpmScript = false, distTag = 'latest' } = {}) {
    if (!pkg || !pkg.name || !pkg.version) throw new Error('pkg.name and pkg.version required');
    this.pkg = pkg;
    this.updateCheckInterval = updateCheckInterval;
    this.distTag = distTag;
    this.shouldNotifyInNpmScript = shouldNotifyInNpmScript;
    this.disabled = 'NO_UPDATE_NOTIFIER' in process.env ||
      process.env.NODE_ENV === 'test' ||
      process.argv.includes('--no-update-notifier') ||
      !!process.env.CI;
    if (!this.disabled) {
      this.config = new Store(`update-notifier-${pkg.name}`, { optOut: false, lastUpdateCheck: Date.now() });
      if (this.config.get('optOut')) this.disabled = true;
    }
  }

  check() {
    if (this.disabled) return;
    this.update = this.config.get('update');
    if (this.update) {
      this.update.current = this.pkg.version;
      this.config.delete('update');
    }
    if (Date.now() - this.config.get('lastUpdateCheck') < this.updateCheckInterval) return;
    // Spawn a detached process, passing the options as an environment property
    spawn(process.execPath, [path.join(__dirname, 'check.js'), JSON.stringify({ pkg: this.pkg, distTag: this.distTag })], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  }

  notify({ defer = true, message } = {}) {
    const u = this.update;
    const inNpmScript = 'npm_config_user_agent' in process.env;
    if (!process.stdout.isTTY || (inNpmScript && !this.shouldNotifyInNpmScript) || !u || !semver.gt(u.latest, u.current)) {
      return this;
    }
    const text = message || `Update available \u001B[2m${u.current}\u001B[22m → \u001B[32m${u.latest}\u001B[39m\n` +
      `Run \u001B[36mnpm i -g ${this.pkg.name}\u001B[39m to update`;
    const show = () => process.stderr.write(boxen(text) + '\n');
    if (defer) process.on('exit', show); else show();
    return this;
  }
}

module.exports = (options) => {
  const n = new UpdateNotifier(options);
  n.check();
  return n;
};
module.exports.UpdateNotifier = UpdateNotifier;
