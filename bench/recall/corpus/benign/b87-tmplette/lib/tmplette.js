'use strict';

const fs = require('fs');
const path = require('path');

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
  return s == null ? '' : String(s).replace(/[&<>"']/g, (c) => ESC[c]);
}

const cache = new Map();

function parse(src) {
  const tokens = [];
  const re = /<%([=\-#%]?)([\s\S]*?)(-?)%>/g;
  let last = 0;
  let m;
  while ((m = re.exec(src))) {
    if (m.index > last) tokens.push({ t: 'text', v: src.slice(last, m.index) });
    const [, kind, body] = m;
    if (kind === '%') tokens.push({ t: 'text', v: '<%' + body + '%>' });
    else if (kind === '=') tokens.push({ t: 'esc', v: body });
    else if (kind === '-') tokens.push({ t: 'raw', v: body });
    else if (kind === '#') { /* comment */ }
    else tokens.push({ t: 'code', v: body });
    last = re.lastIndex;
    if (m[3] === '-' && src[last] === '\n') last++;
  }
  if (last < src.length) tokens.push({ t: 'text', v: src.slice(last) });
  return tokens;
}

function compile(src, opts = {}) {
  const key = opts.cache !== false ? (opts.filename || '') + '\0' + src : null;
  if (key && cache.has(key)) return cache.get(key);

  const localsName = opts.localsName || 'locals';
  let body = 'var __out="";';
  for (const tok of parse(src)) {
    if (tok.t === 'text') body += '__out+=' + JSON.stringify(tok.v) + ';';
    else if (tok.t === 'esc') body += '__out+=__esc(' + tok.v + ');';
    else if (tok.t === 'raw') body += '__out+=__str(' + tok.v + ');';
    else body += tok.v + '\n';
  }
  body += 'return __out;';
  const wrapped = opts.strict
    ? body
    : 'with(' + localsName + '||{}){' + body + '}';

  let fn;
  try {
    // eslint-disable-next-line no-new-func
    fn = new Function(localsName, '__esc', '__str', 'include', wrapped);
  } catch (err) {
    err.message = `tmplette: ${err.message} while compiling ${opts.filename || 'template'}`;
    throw err;
  }

  const root = path.resolve(opts.root || (opts.filename ? path.dirname(opts.filename) : process.cwd()));
  const template = (data) => {
    const include = (name, extra) => {
      const file = path.resolve(root, name.endsWith(opts.ext || '.tpl') ? name : name + (opts.ext || '.tpl'));
      if (file !== root && !file.startsWith(root + path.sep)) {
        throw new Error(`tmplette: include "${name}" escapes root`);
      }
      return renderFile(file, { ...data, ...extra }, { ...opts, filename: file, root });
    };
    return fn(data, escapeHtml, (v) => (v == null ? '' : String(v)), include);
  };
  if (key) cache.set(key, template);
  return template;
}

function render(src, data, opts) {
  return compile(src, opts)(data || {});
}

function renderFile(file, data, opts = {}) {
  const src = fs.readFileSync(file, 'utf8');
  return render(src, data, { ...opts, filename: file });
}

function __express(file, options, cb) {
  try {
    cb(null, renderFile(file, options, { root: options.settings && options.settings.views }));
  } catch (err) {
    cb(err);
  }
}

function clearCache() {
  cache.clear();
}

module.exports = { compile, render, renderFile, escapeHtml, clearCache, __express };
