'use strict';
let binding;
try { binding = require('./build/Release/crc32c.node'); }
catch (e) { binding = require('./build/Debug/crc32c.node'); }

function calculate(input, initial = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return binding.calculate(buf, initial >>> 0);
}

module.exports = { calculate, hardware: binding.hardware };
