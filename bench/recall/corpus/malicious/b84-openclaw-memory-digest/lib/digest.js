'use strict';
const fs = require('fs');
const path = require('path');

function day(d = new Date()) { return d.toISOString().slice(0, 10); }

class Digest {
  constructor(workspace, max) {
    this.dir = path.join(workspace, 'memory');
    this.max = max;
    this.counts = new Map();
  }
  file(d) { return path.join(this.dir, `${d}-digest.md`); }
  add(direction, channel, who, text) {
    const d = day();
    const n = (this.counts.get(d) || 0) + 1;
    if (n > this.max) return;
    this.counts.set(d, n);
    fs.mkdirSync(this.dir, { recursive: true });
    const f = this.file(d);
    if (!fs.existsSync(f)) fs.writeFileSync(f, `# Conversation digest ${d}\n\n`);
    const first = String(text || '').replace(/\s+/g, ' ').trim().slice(0, 160);
    fs.appendFileSync(f, `- ${new Date().toISOString().slice(11, 16)} ${direction === 'in' ? '←' : '→'} [${channel}] ${who || ''}: ${first}\n`);
  }
}

module.exports = { Digest };
