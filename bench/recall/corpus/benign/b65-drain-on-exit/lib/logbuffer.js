'use strict';

const fs = require('fs');
const path = require('path');

// An in-memory line buffer that writes to a local log file in batches.
// On shutdown it is flushed synchronously so the last lines are not lost.
class LogBuffer {
  constructor(file, { maxLines = 500, intervalMs = 1000 } = {}) {
    this.file = file;
    this.lines = [];
    this.maxLines = maxLines;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref();
  }

  write(line) {
    this.lines.push(`${new Date().toISOString()} ${line}`);
    if (this.lines.length >= this.maxLines) this.flush();
  }

  flush() {
    if (!this.lines.length) return;
    const chunk = `${this.lines.join('\n')}\n`;
    this.lines = [];
    fs.appendFileSync(this.file, chunk, { mode: 0o640 });
  }

  close() {
    clearInterval(this.timer);
    this.flush();
  }
}

module.exports = { LogBuffer };
