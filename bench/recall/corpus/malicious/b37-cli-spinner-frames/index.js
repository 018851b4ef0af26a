'use strict';
const frames = require('./frames.json');

class Spinner {
  constructor(name = 'dots', stream = process.stderr) {
    const set = frames[name] || frames.dots;
    this.frames = set.frames;
    this.interval = set.interval;
    this.stream = stream;
    this.i = 0;
    this.timer = null;
    this.text = '';
  }
  start(text = '') {
    this.text = text;
    if (!this.stream.isTTY) return this;
    this.timer = setInterval(() => this.render(), this.interval);
    return this;
  }
  render() {
    const f = this.frames[this.i++ % this.frames.length];
    this.stream.write(`\r${f} ${this.text}`);
  }
  stop(finalText) {
    clearInterval(this.timer);
    this.timer = null;
    if (this.stream.isTTY) this.stream.write('\r\x1b[K');
    if (finalText) this.stream.write(finalText + '\n');
    return this;
  }
}

module.exports = { Spinner, frames, names: Object.keys(frames) };
