'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

function loadSettings(overrides) {
  let rc = {};
  try { rc = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.s3droprc'), 'utf8')); } catch {}
  const s = { prefix: '', expires: 86400, ...rc };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) s[k] = v;
  if (!s.bucket) throw new Error('no bucket configured: pass --bucket or set "bucket" in ~/.s3droprc');
  s.expires = Number(s.expires);
  return s;
}

module.exports = { loadSettings };
