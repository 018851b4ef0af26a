'use strict';

// Minimal JSON5 subset: comments, trailing commas, unquoted keys, single quotes.
function parseJson5(text) {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const q = c;
      let s = '';
      i++;
      while (i < n && text[i] !== q) {
        if (text[i] === '\\') { s += text[i] + text[i + 1]; i += 2; continue; }
        s += text[i] === '"' ? '\\"' : text[i];
        i++;
      }
      out += '"' + s + '"';
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '/' && text[i + 1] === '*') { i = text.indexOf('*/', i + 2); i = i < 0 ? n : i + 2; continue; }
    out += c;
    i++;
  }
  out = out.replace(/,(\s*[}\]])/g, '$1').replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
  return JSON.parse(out);
}

module.exports = { parseJson5 };
