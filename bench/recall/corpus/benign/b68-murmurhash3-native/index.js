'use strict';
let impl;
try {
  impl = require('node-gyp-build')(__dirname);
  impl.native = true;
} catch (err) {
  if (process.env.MURMURHASH3_REQUIRE_NATIVE) throw err;
  impl = { ...require('./fallback'), native: false };
}
module.exports = impl;
