'use strict';
// Compiles {{var}} / {{{raw}}} templates into a CommonJS module source string.
// Variable paths are restricted to [\w.] so template text cannot inject code.
const TAG = /\{\{\{\s*([\w.]+)\s*\}\}\}|\{\{\s*([\w.]+)\s*\}\}/g;

function compileToSource(tpl) {
  let src = "'use strict';\nconst esc = (s) => String(s).replace(/[&<>\"']/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','\"':'&quot;',\"'\":'&#39;'}[c]));\n";
  src += 'module.exports = function (d) { let o = "";\n';
  let last = 0, m;
  while ((m = TAG.exec(tpl))) {
    src += `o += ${JSON.stringify(tpl.slice(last, m.index))};\n`;
    const p = (m[1] || m[2]).split('.').map((k) => `?.[${JSON.stringify(k)}]`).join('');
    src += m[1] ? `o += String(d${p} ?? "");\n` : `o += esc(d${p} ?? "");\n`;
    last = m.index + m[0].length;
  }
  src += `o += ${JSON.stringify(tpl.slice(last))};\nreturn o; };\n`;
  return src;
}
module.exports = { compileToSource };
