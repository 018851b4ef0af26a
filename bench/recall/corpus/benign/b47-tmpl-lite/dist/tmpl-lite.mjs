// Compiles a template string into a JavaScript function, like lodash.template / EJS.
// Template *source* is trusted input (your own files); data is escaped by <%= %>.
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (v) => (v == null ? '' : String(v).replace(/[&<>"']/g, (c) => ESC[c]));

const cache = new Map();

export function compile(src, { variable = 'it', filename = 'template' } = {}) {
  if (!/^[A-Za-z_$][\w$]*$/.test(variable)) throw new TypeError('invalid variable name');
  const key = variable + '\0' + src;
  if (cache.has(key)) return cache.get(key);
  let code = "let __o='';\n";
  let i = 0;
  const re = /<%([=-]?)([\s\S]+?)%>/g;
  let m;
  while ((m = re.exec(src))) {
    code += `__o+=${JSON.stringify(src.slice(i, m.index))};\n`;
    if (m[1] === '=') code += `__o+=__e(${m[2].trim()});\n`;
    else if (m[1] === '-') code += `__o+=(${m[2].trim()})??'';\n`;
    else code += m[2] + '\n';
    i = m.index + m[0].length;
  }
  code += `__o+=${JSON.stringify(src.slice(i))};\nreturn __o;\n//# sourceURL=${filename}`;
  let fn;
  try { fn = new Function(variable, '__e', code); }
  catch (e) { e.message = `${filename}: ${e.message}`; throw e; }
  const render = (data) => fn(data, escapeHtml);
  render.source = code;
  cache.set(key, render);
  return render;
}

export const render = (src, data, opts) => compile(src, opts)(data);
