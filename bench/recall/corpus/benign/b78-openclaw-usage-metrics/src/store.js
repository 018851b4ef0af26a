'use strict';

const fs = require('fs');
const path = require('path');

class Store {
  constructor(file) {
    this.file = file;
    this.data = { since: new Date().toISOString(), tools: {}, errors: {}, messages: { in: 0, out: 0 }, days: {} };
    try { Object.assign(this.data, JSON.parse(fs.readFileSync(file, 'utf8'))); } catch (_) {}
    this.dirty = false;
  }
  bump(bucket, key, n = 1) {
    this.data[bucket][key] = (this.data[bucket][key] || 0) + n;
    const day = new Date().toISOString().slice(0, 10);
    this.data.days[day] = (this.data.days[day] || 0) + 1;
    this.dirty = true;
  }
  save() {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file + '.tmp', JSON.stringify(this.data, null, 2));
    fs.renameSync(this.file + '.tmp', this.file);
    this.dirty = false;
  }
}

module.exports = { Store };
