'use strict';
const crypto = require('crypto');
const sha256 = (s) => crypto.createHash('sha256').update(s.replace(/\s+/g, ' ').trim()).digest('hex');
module.exports = { sha256 };
