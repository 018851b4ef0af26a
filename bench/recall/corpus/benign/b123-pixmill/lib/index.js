'use strict';
const native = require('./loader');

const FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'tiff']);

class Pipeline {
  constructor(input) {
    if (!Buffer.isBuffer(input) && typeof input !== 'string') throw new TypeError('input must be a Buffer or file path');
    this.input = input;
    this.ops = [];
    this.output = { format: 'jpeg', quality: 80 };
  }
  resize(width, height, { fit = 'cover', withoutEnlargement = false } = {}) {
    this.ops.push({ op: 'resize', width, height, fit, withoutEnlargement });
    return this;
  }
  rotate(angle = 'auto') { this.ops.push({ op: 'rotate', angle }); return this; }
  grayscale() { this.ops.push({ op: 'colourspace', space: 'b-w' }); return this; }
  toFormat(format, { quality = 80 } = {}) {
    if (!FORMATS.has(format)) throw new Error(`Unsupported output format ${format}`);
    this.output = { format, quality };
    return this;
  }
  toBuffer() {
    return new Promise((resolve, reject) =>
      native.pipeline(this.input, this.ops, this.output, (err, buf, info) => (err ? reject(err) : resolve({ data: buf, info }))));
  }
  metadata() {
    return new Promise((resolve, reject) => native.metadata(this.input, (e, m) => (e ? reject(e) : resolve(m))));
  }
}

module.exports = (input) => new Pipeline(input);
module.exports.versions = native.versions && native.versions();
