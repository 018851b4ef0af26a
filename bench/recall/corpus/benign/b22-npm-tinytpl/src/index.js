const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const cache = new Map();

export function escapeHtml(v) {
  return v == null ? '' : String(v).replace(/[&<>"']/g, (c) => ESC[c]);
}

const STR_ESC = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029', "'": "\\'" };
const quote = (s) => s.replace(/[\\\n\r\u2028\u2029']/g, (c) => STR_ESC[c]);

export function compile(source, options = {}) {
  const variable = options.variable || 'data';
  if (!/^[A-Za-z_$][\w$]*$/.test(variable)) throw new TypeError('tinytpl: invalid variable name');
  const key = variable + '\0' + source;
  if (options.cache !== false && cache.has(key)) return cache.get(key);

  let body = "let __p = '';\n";
  let last = 0;
  const re = /<%([=-]?)([\s\S]+?)%>/g;
  let m;
  while ((m = re.exec(source))) {
    body += "__p += '" + quote(source.slice(last, m.index)) + "';\n";
    const [, kind, code] = m;
    if (kind === '=') body += `__p += __e(${code.trim()});\n`;
    else if (kind === '-') body += `__p += ((__t = (${code.trim()})) == null ? '' : __t);\n`;
    else body += code + '\n';
    last = re.lastIndex;
  }
  body += "__p += '" + quote(source.slice(last)) + "';\nreturn __p;";

  const wrapped = `let __t;\nwith (${variable}) {\n${body}\n}`;
  let fn;
  try {
    // eslint-disable-next-line no-new-func
    fn = new Function(variable, '__e', wrapped);
  } catch (err) {
    err.message = `tinytpl: template compile error: ${err.message}`;
    throw err;
  }
  const render = (data = {}) => fn(data, escapeHtml);
  render.source = `function(${variable}, __e) {\n${wrapped}\n}`;
  if (options.cache !== false) cache.set(key, render);
  return render;
}

export function render(source, data, options) {
  return compile(source, options)(data);
}
