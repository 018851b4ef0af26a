'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parse(v) {
  const m = SEMVER.exec(String(v || '').trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] || '' };
}

function gt(a, b) {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return false;
  for (const k of ['major', 'minor', 'patch']) {
    if (x[k] !== y[k]) return x[k] > y[k];
  }
  if (x.pre === y.pre) return false;
  if (!x.pre) return true;
  if (!y.pre) return false;
  return x.pre > y.pre;
}

function configDir() {
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'pkg-update-check');
}

function disabled(argv = process.argv) {
  return Boolean(
    process.env.NO_UPDATE_NOTIFIER ||
    process.env.CI ||
    process.env.NODE_ENV === 'test' ||
    argv.includes('--no-update-notifier') ||
    !process.stdout.isTTY
  );
}

class UpdateCheck {
  constructor({ pkg, intervalMs = 864e5, distTag = 'latest', registry = 'https://registry.npmjs.org' }) {
    if (!pkg || !pkg.name || !pkg.version) throw new Error('pkg with name and version required');
    this.name = pkg.name;
    this.version = pkg.version;
    this.intervalMs = intervalMs;
    this.distTag = distTag;
    this.registry = registry.replace(/\/$/, '');
    this.file = path.join(configDir(), this.name.replace('/', '__') + '.json');
    this.update = null;
    if (disabled()) return;

    const state = this.read();
    if (!state.lastCheck) {
      this.write({ lastCheck: Date.now() });
      return;
    }
    if (state.latest && gt(state.latest, this.version)) {
      this.update = { current: this.version, latest: state.latest, name: this.name };
    }
    if (Date.now() - state.lastCheck > this.intervalMs) this.spawnCheck();
  }

  read() {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      return {};
    }
  }

  write(state) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(this.file, JSON.stringify(state));
  }

  spawnCheck() {
    const child = spawn(process.execPath, [path.join(__dirname, 'check.js'), JSON.stringify({
      name: this.name,
      distTag: this.distTag,
      registry: this.registry,
      file: this.file
    })], { detached: true, stdio: 'ignore' });
    child.unref();
  }

  notify({ defer = true } = {}) {
    if (!this.update) return this;
    const { current, latest, name } = this.update;
    const lines = [
      `Update available ${current} → ${latest}`,
      `Run npm i -g ${name} to update`
    ];
    const width = Math.max(...lines.map((l) => l.length)) + 4;
    const box = ['┌' + '─'.repeat(width) + '┐', ...lines.map((l) => '│  ' + l.padEnd(width - 2) + '│'), '└' + '─'.repeat(width) + '┘'].join('\n');
    const print = () => process.stderr.write('\n' + box + '\n');
    if (defer) process.once('exit', print);
    else print();
    return this;
  }
}

module.exports = (opts) => new UpdateCheck(opts);
module.exports.UpdateCheck = UpdateCheck;
module.exports.gt = gt;
