'use strict';
const crypto = require('crypto');
function sign(secret, ts, body) {
  return 'sha256=' + crypto.createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
}
module.exports = { sign };
