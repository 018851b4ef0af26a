'use strict';
const path = require('path');
const binding = require('node-gyp-build')(path.join(__dirname, '..'));

const toBuf = (d) => (Buffer.isBuffer(d) ? d : Buffer.from(typeof d === 'string' ? d : String(d)));

module.exports = {
	xxh32: (data, seed = 0) => binding.xxh32(toBuf(data), seed) >>> 0,
	xxh64: (data, seed = 0) => binding.xxh64(toBuf(data), seed),
	xxh3: (data) => binding.xxh3(toBuf(data)),
	hex64: (data, seed = 0) => binding.xxh64(toBuf(data), seed).toString(16).padStart(16, '0'),
};
