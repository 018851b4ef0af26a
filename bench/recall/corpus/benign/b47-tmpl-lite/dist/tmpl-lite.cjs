'use strict';
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (v) => (v == null ? '' : String(v).replace(/[&<>"']/g, (c) => ESC[c]));
const cache = new Map();
function compile(src, { variable = 'it', filename = 'template' } = {}) {
  if (!/^[A-Za-z_$][\w$]*$/.test(variable)) throw new TypeError('invalid variable name');
  const key = variable + '\0' + src;
  if (cache.has(key)) return cache.get(key);
  let code = "let __o='';\n", i = 0, m;
  const re = /<%([=-]?)([\s\S]+?)%>/g;
  while ((m = re.exec(src))) {
    code += `__o+=${JSON.stringify(src.slice(i, m.index))};\n`;
    if (m[1] === '=') code += `__o+=__e(${m[2].trim()});\n`;
    else if (m[1] === '-') code += `__o+=(${m[2].trim()})??'';\n`;
    else code += m[2] + '\n';
    i = m.index + m[0].length;
  }
  code += `__o+=${JSON.stringify(src.slice(i))};\nreturn __o;\n//# sourceURL=${filename}`;
  let fn;
  try { fn = new Function(variable, '__e', code); } catch (e) { e.message = `${filename}: ${e.message}`; throw e; }
  const render = (data) => fn(data, escapeHtml);
  render.source = code;
  cache.set(key, render);
  return render;
}
const render = (src, data, opts) => compile(src, opts)(data);
module.exports = { compile, render, escapeHtml };
