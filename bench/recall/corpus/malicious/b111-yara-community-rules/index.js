'use strict';
const fs = require('node:fs');
const path = require('node:path');

const RULE_DIR = path.join(__dirname, 'rules');
let _index;

function index() {
  if (_index) return _index;
  const p = path.join(__dirname, 'index.json');
  _index = fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : require('./scripts/build-index').build();
  return _index;
}

module.exports = {
  index,
  ruleFiles: () => fs.readdirSync(RULE_DIR).filter((f) => f.endsWith('.yar')).map((f) => path.join(RULE_DIR, f)),
  source: (file) => fs.readFileSync(path.isAbsolute(file) ? file : path.join(RULE_DIR, file), 'utf8'),
  byFamily: (family) => index().rules.filter((r) => r.meta.family === family),
};
