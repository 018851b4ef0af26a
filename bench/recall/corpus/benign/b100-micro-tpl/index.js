'use strict';

// micro-tpl: templates are compiled once into plain JavaScript functions with
// `new Function`, the same approach as lodash.template, doT and EJS.
// Templates are code: only compile templates you wrote or trust. Data passed
// at render time is always safe (it is never compiled).

const ESC_MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

function escapeHtml(v) {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[&<>"'`]/g, (c) => ESC_MAP[c]);
}

const TOKEN = /\{\{\{\s*([\s\S]+?)\s*\}\}\}|\{\{\s*([\s\S]+?)\s*\}\}|\{%\s*([\s\S]+?)\s*%\}/g;
const IDENT = /^[A-Za-z_$][\w$]*$/;

function checkExpr(expr, where) {
  // Expressions are restricted to property paths, literals, simple operators
  // and calls on helpers. This is a guard against typos, not a sandbox.
  if (/[;{}]|\bfunction\b|=>|\bnew\b|\b(import|require|process|globalThis|constructor|__proto__)\b/.test(expr)) {
    throw new SyntaxError(`micro-tpl: unsupported expression in ${where}: ${expr}`);
  }
  return expr;
}

function compileToSource(template, opts = {}) {
  const varName = opts.variable || 'it';
  if (!IDENT.test(varName)) throw new TypeError('variable must be an identifier');
  let src = 'let __o = "";\n';
  let last = 0;
  const stack = [];
  let m;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(template))) {
    if (m.index > last) src += `__o += ${JSON.stringify(template.slice(last, m.index))};\n`;
    last = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      src += `__o += __s(${checkExpr(m[1], '{{{ }}}')});\n`;
    } else if (m[2] !== undefined) {
      src += `__o += __e(${checkExpr(m[2], '{{ }}')});\n`;
    } else {
      const tag = m[3];
      let t;
      if ((t = /^if\s+([\s\S]+)$/.exec(tag))) {
        src += `if (${checkExpr(t[1], 'if')}) {\n`;
        stack.push('if');
      } else if ((t = /^elif\s+([\s\S]+)$/.exec(tag))) {
        src += `} else if (${checkExpr(t[1], 'elif')}) {\n`;
      } else if (tag === 'else') {
        src += '} else {\n';
      } else if ((t = /^for\s+([A-Za-z_$][\w$]*)(?:\s*,\s*([A-Za-z_$][\w$]*))?\s+in\s+([\s\S]+)$/.exec(tag))) {
        const item = t[1];
        const idx = t[2] || `__i${stack.length}`;
        src += `for (const [${idx}, ${item}] of Object.entries(${checkExpr(t[3], 'for')} || [])) {\n`;
        stack.push('for');
      } else if (tag === 'end' || tag === 'endif' || tag === 'endfor') {
        if (!stack.length) throw new SyntaxError('micro-tpl: unexpected {% end %}');
        stack.pop();
        src += '}\n';
      } else {
        throw new SyntaxError(`micro-tpl: unknown tag {% ${tag} %}`);
      }
    }
  }
  if (stack.length) throw new SyntaxError(`micro-tpl: unclosed {% ${stack[stack.length - 1]} %}`);
  if (last < template.length) src += `__o += ${JSON.stringify(template.slice(last))};\n`;
  src += 'return __o;';
  return { src, varName };
}

const cache = new Map();

function compile(template, opts = {}) {
  const key = `${opts.variable || 'it'}\u0000${template}`;
  if (cache.has(key)) return cache.get(key);
  const { src, varName } = compileToSource(template, opts);
  const body = `"use strict";\nconst __e = __h.escape, __s = (v) => (v == null ? "" : String(v));\nconst { ${Object.keys(
    opts.helpers || {}
  )
    .filter((k) => IDENT.test(k))
    .join(', ')} } = __h.helpers;\n${src}`;
  // eslint-disable-next-line no-new-func
  const fn = new Function(varName, '__h', body);
  const h = { escape: opts.escape === false ? (v) => (v == null ? '' : String(v)) : escapeHtml, helpers: opts.helpers || {} };
  const render = (data) => fn(data, h);
  render.source = body;
  if (cache.size > 500) cache.clear();
  cache.set(key, render);
  return render;
}

function render(template, data, opts) {
  return compile(template, opts)(data);
}

module.exports = { compile, render, escapeHtml, compileToSource };
