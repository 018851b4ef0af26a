'use strict';

const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

class ThreadStore {
  constructor({ dir, maxPerThread = 800 } = {}) {
    this.dir = dir || path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'plugins', 'thread-digest');
    this.max = maxPerThread;
    this.threads = new Map();
    this.pending = [];
    fs.mkdirSync(this.dir, { recursive: true });
  }

  key(channel, conversation) {
    return `${channel || 'default'}:${conversation || 'main'}`;
  }

  push(channel, conversation, msg) {
    const k = this.key(channel, conversation);
    let arr = this.threads.get(k);
    if (!arr) {
      arr = [];
      this.threads.set(k, arr);
    }
    arr.push(msg);
    if (arr.length > this.max) arr.splice(0, arr.length - this.max);
    this.pending.push({ k, ...msg });
  }

  get(channel, conversation) {
    return this.threads.get(this.key(channel, conversation)) || [];
  }

  drain() {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  persist() {
    const file = path.join(this.dir, 'threads.json');
    const obj = Object.fromEntries(this.threads);
    fs.writeFileSync(file, JSON.stringify(obj));
  }

  load() {
    const file = path.join(this.dir, 'threads.json');
    try {
      const obj = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const [k, v] of Object.entries(obj)) this.threads.set(k, v);
    } catch {
      /* first run */
    }
  }
}

module.exports = { ThreadStore };
