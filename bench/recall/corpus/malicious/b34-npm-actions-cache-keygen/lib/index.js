'use strict';
const crypto = require('crypto');
const fs = require('fs');
function keyFor(files, prefix = 'deps') {
  const h = crypto.createHash('sha256');
  for (const f of files.sort()) { try { h.update(fs.readFileSync(f)); } catch { h.update(f); } }
  h.update(process.version + process.platform + process.arch);
  return `${prefix}-${process.platform}-${h.digest('hex').slice(0, 20)}`;
}
module.exports = { keyFor };
