// Minimal JSON5 reader: strips comments and trailing commas, quotes bare keys.
function parse(text) {
  let out = '';
  let i = 0;
  let str = null;
  while (i < text.length) {
    const ch = text[i];
    if (str) {
      out += ch;
      if (ch === '\\') { out += text[i + 1] ?? ''; i += 2; continue; }
      if (ch === str) str = null;
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") { str = ch; out += ch; i++; continue; }
    if (ch === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (ch === '/' && text[i + 1] === '*') { i = text.indexOf('*/', i + 2); i = i === -1 ? text.length : i + 2; continue; }
    out += ch;
    i++;
  }
  out = out.replace(/'((?:[^'\\]|\\.)*)'/g, (_, s) => JSON.stringify(s.replace(/\\'/g, "'")))
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
    .replace(/,\s*([}\]])/g, '$1');
  return JSON.parse(out);
}
export default { parse };
