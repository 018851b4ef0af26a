'use strict';
const path = require('path');
let binding;
for (const p of [
  path.join(__dirname, 'prebuilds', `${process.platform}-${process.arch}`, 'crc32c.node'),
  path.join(__dirname, 'build', 'Release', 'crc32c.node'),
]) {
  try { binding = require(p); break; } catch (_) {}
}
if (!binding) throw new Error('crc32c-prebuilt: native addon not found; run `npm rebuild crc32c-prebuilt --build-from-source`');

exports.calculate = (buf, initial = 0) => binding.calculate(Buffer.isBuffer(buf) ? buf : Buffer.from(buf), initial >>> 0);
