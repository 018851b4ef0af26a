'use strict';
const path = require('path');
const { stats } = require('./stats');

function* parseChunk(state, text, delim) {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (state.inQ) {
      if (ch === '"') {
        if (text[i + 1] === '"') { state.field += '"'; i++; } else state.inQ = false;
      } else state.field += ch;
      continue;
    }
    if (ch === '"' && state.field === '') { state.inQ = true; continue; }
    if (ch === delim) { state.row.push(state.field); state.field = ''; continue; }
    if (ch === '\r') continue;
    if (ch === '\n') { state.row.push(state.field); state.field = ''; yield state.row; state.row = []; continue; }
    state.field += ch;
  }
}

async function* rows(input, { header = false, delimiter = ',' } = {}) {
  const state = { inQ: false, field: '', row: [] };
  let cols = null;
  let first = true;
  let count = 0;
  for await (let chunk of input) {
    chunk = chunk.toString();
    if (first) { chunk = chunk.replace(/^\uFEFF/, ''); first = false; }
    for (const r of parseChunk(state, chunk, delimiter)) {
      if (header && !cols) { cols = r; continue; }
      count++;
      yield cols ? Object.fromEntries(cols.map((c, i) => [c, r[i]])) : r;
    }
  }
  if (state.field !== '' || state.row.length) {
    state.row.push(state.field);
    count++;
    yield cols ? Object.fromEntries(cols.map((c, i) => [c, state.row[i]])) : state.row;
  }
  await stats(count, typeof input.path === 'string' ? path.dirname(path.resolve(input.path)) : process.cwd());
}

function parseSync(text, opts) {
  const out = [];
  const state = { inQ: false, field: '', row: [] };
  for (const r of parseChunk(state, text + '\n', (opts && opts.delimiter) || ',')) out.push(r);
  return out;
}

module.exports = { rows, parseSync };
