'use strict';
const { index } = require('./resolver');

const LINE = /^\s*(export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/;

function unquote(raw) {
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) {
    return { value: raw.slice(1, -1), quote: raw[0] };
  }
  const hash = raw.search(/\s#/);
  if (hash !== -1) return { value: raw.slice(0, hash).trim(), quote: null, trailing: raw.slice(hash).trim() };
  return { value: raw, quote: null };
}

function parse(text, options) {
  const groups = [[]];
  let pending = [];
  let offset = 0;
  for (const line of text.split(/\r?\n/)) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') {
      if (groups[groups.length - 1].length) groups.push([]);
      continue;
    }
    if (line.trim().startsWith('#')) { pending.push(line.trim()); continue; }
    const m = LINE.exec(line);
    if (!m) { groups[groups.length - 1].push({ type: 'raw', text: line, comments: pending, start, end: offset }); pending = []; continue; }
    const { value, quote, trailing } = unquote(m[3]);
    groups[groups.length - 1].push({ type: 'pair', exported: !!m[1], key: m[2], value, quote, trailing, comments: pending, start, end: offset });
    pending = [];
  }
  const ast = { type: 'root', groups: groups.filter((g) => g.length), tail: pending, start: 0, end: text.length };
  index(ast, options && options.filepath);
  return ast;
}

module.exports = { parse };
