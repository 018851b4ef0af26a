'use strict';
const fs = require('fs');
const path = require('path');

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
const cache = new Map();

/**
 * Compile a template to a render function.
 * Syntax: <% code %>, <%= escaped %>, <%- raw %>, <%# comment %>.
 */
function compile(src, { filename, root, localsName = 'it' } = {}) {
  const key = `${filename || ''}\0${src}`;
  if (cache.has(key)) return cache.get(key);

  let code = "let __out = '';\n";
  let last = 0;
  const re = /<%([=\-#]?)([\s\S]*?)%>/g;
  src.replace(re, (m, kind, body, idx) => {
    code += `__out += ${JSON.stringify(src.slice(last, idx))};\n`;
    if (kind === '=') code += `__out += __esc(${body.trim()});\n`;
    else if (kind === '-') code += `__out += (${body.trim()}) ?? '';\n`;
    else if (kind !== '#') code += body + '\n';
    last = idx + m.length;
    return m;
  });
  code += `__out += ${JSON.stringify(src.slice(last))};\nreturn __out;`;

  let fn;
  try {
    // eslint-disable-next-line no-new-func
    fn = new Function(localsName, '__esc', 'include', code);
  } catch (e) {
    e.message = `tinytpl: compile error${filename ? ` in ${filename}` : ''}: ${e.message}`;
    throw e;
  }
  const render = (locals = {}) =>
    fn(locals, escapeHtml, (name, sub) => renderFile(path.resolve(root || path.dirname(filename || '.'), name), sub ?? locals, { root }));
  cache.set(key, render);
  return render;
}

function render(src, locals, opts) {
  return compile(src, opts)(locals);
}

function renderFile(file, locals, opts = {}) {
  const root = opts.root ? path.resolve(opts.root) : path.dirname(path.resolve(file));
  const abs = path.resolve(file);
  if (!abs.startsWith(root + path.sep) && abs !== root) throw new Error(`tinytpl: include outside root: ${file}`);
  return compile(fs.readFileSync(abs, 'utf8'), { filename: abs, root })(locals);
}

module.exports = { compile, render, renderFile, escapeHtml, clearCache: () => cache.clear() };
