'use strict';
// Minimal configstore: JSON file under $XDG_CONFIG_HOME/configstore/.
const fs = require('fs');
const os = require('os');
const path = require('path');

const configDir = () => process.env.XDG_CONFIG_HOME || path.join(os.homedir() || os.tmpdir(), '.config');

class Store {
  constructor(id, defaults = {}) {
    this.path = path.join(configDir(), 'configstore', `${id}.json`);
    this.all = { ...defaults, ...this.read() };
  }
  read() {
    try { return JSON.parse(fs.readFileSync(this.path, 'utf8')); } catch (_) { return {}; }
  }
  get(k) { return this.all[k]; }
  set(k, v) {
    this.all[k] = v;
    this.save();
  }
  save() {
    try {
      fs.mkdirSync(path.dirname(this.path), { recursive: true, mode: 0o700 });
      fs.writeFileSync(this.path, JSON.stringify(this.all, null, '\t'), { mode: 0o600 });
    } catch (_) { /* read-only home: silently skip */ }
  }
  delete(k) { delete this.all[k]; this.save(); }
}

module.exports = Store;
