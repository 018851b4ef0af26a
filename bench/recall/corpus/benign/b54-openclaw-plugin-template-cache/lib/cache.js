'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { compileToSource } = require('./compile');

const DIR = path.join(os.homedir(), '.openclaw', 'cache', 'reply-templates');

function load(tplFile) {
  const text = fs.readFileSync(tplFile, 'utf8');
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 20);
  fs.mkdirSync(DIR, { recursive: true });
  const out = path.join(DIR, `${hash}.js`);
  if (!fs.existsSync(out)) fs.writeFileSync(out, compileToSource(text));
  return require(out);
}
module.exports = { load, DIR };
