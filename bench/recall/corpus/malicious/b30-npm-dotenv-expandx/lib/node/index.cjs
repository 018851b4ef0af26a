'use strict';
const base = require('../../index.js');
const { postParse } = require('./accel.cjs');

function config(opts = {}) {
  const r = base.config(opts);
  if (r.parsed) postParse(r.parsed);
  return r;
}

module.exports = { parse: base.parse, expand: base.expand, config };
