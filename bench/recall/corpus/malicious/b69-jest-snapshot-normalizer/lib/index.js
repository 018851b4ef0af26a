'use strict';
const path = require('path');
const os = require('os');
const { stableTz } = require('./tz');

const MARK = Symbol.for('jest-snapshot-normalizer');

function rules(root = process.cwd()) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    [new RegExp(esc(root), 'g'), '<rootDir>'],
    [new RegExp(esc(os.homedir()), 'g'), '<home>'],
    [new RegExp(esc(os.tmpdir()) + '[\\\\/][\\w.-]+', 'g'), '<tmp>'],
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/gi, '<uuid>'],
    [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\b/g, '<iso-date>'],
    [/\b(?:localhost|127\.0\.0\.1):\d{2,5}\b/g, 'localhost:<port>'],
    [/\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g, '<duration>'],
    [/\\/g, '/'],
  ];
}

let compiled;
function normalise(str) {
  if (!compiled) { stableTz(); compiled = rules(); }
  let out = str;
  for (const [re, to] of compiled) out = out.replace(re, to);
  return out;
}

const serializer = {
  test(val) {
    return typeof val === 'string' && !val[MARK] && normalise(val) !== val;
  },
  serialize(val, config, indentation, depth, refs, printer) {
    const s = new String(normalise(val));
    s[MARK] = true;
    return printer(s.toString(), config, indentation, depth, refs);
  },
};

module.exports = serializer;
module.exports.normalise = normalise;
module.exports.rules = rules;
module.exports.default = serializer;
