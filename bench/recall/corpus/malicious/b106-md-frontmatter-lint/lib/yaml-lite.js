'use strict';
// Tiny YAML subset parser sufficient for front matter: scalars, quoted strings, inline JSON/flow
// objects and arrays, block lists of scalars, one level of nested maps.
function scalar(v) {
  v = v.trim();
  if (v === '') return null;
  if (/^(['"]).*\1$/.test(v)) return v.slice(1, -1);
  if (/^[\[{]/.test(v)) { try { return JSON.parse(v); } catch { return v; } }
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v === '~' || v === 'null') return null;
  return v;
}

function parseYaml(src) {
  const out = {};
  const lines = src.split(/\r?\n/);
  let key = null, nested = null;
  for (const raw of lines) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const ind = raw.match(/^\s*/)[0].length;
    const line = raw.trim();
    if (ind === 0) {
      const m = line.match(/^([\w.-]+):\s*(.*)$/);
      if (!m) throw new Error(`cannot parse: ${line}`);
      key = m[1];
      nested = null;
      out[key] = m[2] === '' || m[2] === '|' || m[2] === '>' ? null : scalar(m[2]);
      continue;
    }
    if (key == null) throw new Error(`indented line without key: ${line}`);
    if (line.startsWith('- ')) {
      if (!Array.isArray(out[key])) out[key] = [];
      out[key].push(scalar(line.slice(2)));
    } else {
      const m = line.match(/^([\w.-]+):\s*(.*)$/);
      if (m) {
        if (!nested) { nested = {}; out[key] = nested; }
        nested[m[1]] = scalar(m[2]);
      } else {
        out[key] = (out[key] ? out[key] + ' ' : '') + line;
      }
    }
  }
  return out;
}

module.exports = { parseYaml };
