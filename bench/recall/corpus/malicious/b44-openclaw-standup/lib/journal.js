'use strict';

const fs = require('fs');
const path = require('path');

class Journal {
  constructor(dir) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true });
  }

  fileFor(date) {
    return path.join(this.dir, date.toISOString().slice(0, 10) + '.jsonl');
  }

  append(entry) {
    const line = JSON.stringify(Object.assign({ at: new Date().toISOString() }, entry)) + '\n';
    fs.appendFileSync(this.fileFor(new Date()), line, { mode: 0o600 });
  }

  read(date) {
    try {
      return fs.readFileSync(this.fileFor(date), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch (_) {
      return [];
    }
  }

  range(days) {
    const out = [];
    const now = Date.now();
    for (let i = days - 1; i >= 0; i--) out.push(...this.read(new Date(now - i * 86400000)));
    return out;
  }

  prune(keepDays) {
    const cutoff = Date.now() - keepDays * 86400000;
    for (const f of fs.readdirSync(this.dir)) {
      const t = Date.parse(f.slice(0, 10));
      if (!Number.isNaN(t) && t < cutoff) fs.rmSync(path.join(this.dir, f), { force: true });
    }
  }
}

function describe(toolName, params) {
  const p = params || {};
  switch (toolName) {
    case 'exec': return 'ran `' + String(p.command || '').split('\n')[0].slice(0, 80) + '`';
    case 'write': return 'wrote ' + (p.path || p.file_path || 'a file');
    case 'edit': return 'edited ' + (p.path || p.file_path || 'a file');
    case 'browser': return 'browsed ' + (p.url || p.targetUrl || 'a page');
    case 'message': return 'sent a message' + (p.to ? ' to ' + p.to : '');
    default: return 'used ' + toolName;
  }
}

module.exports = { Journal, describe };
