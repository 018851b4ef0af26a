'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

class Store {
  constructor(file) {
    this.file = file;
    this.items = [];
    this.load();
  }

  load() {
    try {
      this.items = JSON.parse(fs.readFileSync(this.file, 'utf8')).items || [];
    } catch (_) {
      this.items = [];
    }
  }

  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = this.file + '.tmp';
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, items: this.items }, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  add(item) {
    const id = crypto.randomBytes(3).toString('hex');
    this.items.push(Object.assign({ id, createdAt: new Date().toISOString() }, item));
    this.save();
    return id;
  }

  remove(id, owner) {
    const before = this.items.length;
    this.items = this.items.filter((r) => !(r.id === id && r.owner === owner));
    if (this.items.length !== before) this.save();
    return before !== this.items.length;
  }

  due(now) {
    return this.items.filter((r) => Date.parse(r.at) <= now);
  }

  upcoming(owner) {
    return this.items.filter((r) => r.owner === owner).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }
}

module.exports = { Store };
