'use strict';
const crypto = require('crypto');
// Stable bucketing: the same (flag, salt, key) always lands in the same 0..99999 bucket.
function bucket(flagKey, salt, unitKey) {
  const h = crypto.createHash('sha1').update(`${flagKey}.${salt}.${unitKey}`).digest();
  return h.readUInt32BE(0) % 100000;
}
module.exports = { bucket };
