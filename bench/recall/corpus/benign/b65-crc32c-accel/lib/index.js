'use strict';

const { loadNative } = require('./native');
const js = require('./js');

const native = loadNative();

function toBuffer(data) {
  if (Buffer.isBuffer(data)) return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(String(data));
}

function crc32c(data, initial = 0) {
  const buf = toBuffer(data);
  return native ? native.crc32c(buf, initial >>> 0) : js.crc32c(buf, initial >>> 0);
}

module.exports = { crc32c, implementation: native ? 'native' : 'javascript' };
