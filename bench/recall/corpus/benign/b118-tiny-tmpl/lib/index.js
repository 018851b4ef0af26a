'use strict';

const HTML_ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (v) => (v == null ? '' : String(v).replace(/[&<>"']/g, (c) => HTML_ESC[c]));

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
function get(scope, path) {
  let cur = scope;
  for (const key of path) {
    if (cur == null || FORBIDDEN.has(key)) return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, key) || (typeof cur === 'object' && key in Object(cur) && key === 'length') ? cur[key] : undefined;
  }
  return cur;
}

const filters = {
  upper: (v) => String(v ?? '').toUpperCase(),
  lower: (v) => String(v ?? '').toLowerCase(),
  trim: (v) => String(v ?? '').trim(),
  json: (v) => JSON.stringify(v),
  default: (v, d) => (v == null || v === '' ? d : v),
  join: (v, sep = ', ') => (Array.isArray(v) ? v.join(sep) : v),
  truncate: (v, n = 80) => { const s = String(v ?? ''); return s.length > n ? s.slice(0, n - 1) + '…' : s; },
  date: (v, locale) => new Date(v).toLocaleDateString(locale || 'en-US'),
};

const PATH_RE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\.\d+)*$/;
const LIT_RE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null)$/;

// Compile a restricted expression: path or literal, followed by `| filter(arg, ...)` chain.
function compileExpr(src, locals) {
  const parts = src.split('|').map((s) => s.trim());
  let code = operand(parts[0], locals);
  for (const f of parts.slice(1)) {
    const m = /^([A-Za-z_]\w*)(?:\((.*)\))?$/.exec(f);
    if (!m) throw new SyntaxError(`bad filter: ${f}`);
    const args = m[2] ? m[2].split(',').map((a) => operand(a.trim(), locals)) : [];
    code = `$f(${JSON.stringify(m[1])})(${[code, ...args].join(', ')})`;
  }
  return code;
}

function operand(tok, locals) {
  if (LIT_RE.test(tok)) return tok;
  if (!PATH_RE.test(tok)) throw new SyntaxError(`unsupported expression: ${tok}`);
  const segs = tok.split('.');
  if (segs.some((s) => FORBIDDEN.has(s))) throw new SyntaxError(`forbidden property in: ${tok}`);
  const root = locals.has(segs[0]) ? `$l[${JSON.stringify(segs[0])}]` : `$d`;
  const rest = locals.has(segs[0]) ? segs.slice(1) : segs;
  return `$get(${root}, ${JSON.stringify(rest)})`;
}

const TOKEN = /\{\{\{\s*([\s\S]+?)\s*\}\}\}|\{\{\s*([\s\S]+?)\s*\}\}|\{%\s*([\s\S]+?)\s*%\}/g;

function generate(src) {
  let code = 'let $o = "";\n';
  const locals = new Set();
  const stack = [];
  let last = 0;
  let m;
  let loopId = 0;
  while ((m = TOKEN.exec(src))) {
    if (m.index > last) code += `$o += ${JSON.stringify(src.slice(last, m.index))};\n`;
    last = TOKEN.lastIndex;
    if (m[1]) code += `$o += String(${compileExpr(m[1], locals)} ?? "");\n`;
    else if (m[2]) code += `$o += $esc(${compileExpr(m[2], locals)});\n`;
    else {
      const tag = m[3];
      let t;
      if ((t = /^if\s+(not\s+)?(.+)$/.exec(tag))) {
        code += `if (${t[1] ? '!' : ''}$truthy(${compileExpr(t[2], locals)})) {\n`;
        stack.push('if');
      } else if ((t = /^elif\s+(.+)$/.exec(tag))) {
        code += `} else if ($truthy(${compileExpr(t[1], locals)})) {\n`;
      } else if (tag === 'else') {
        code += '} else {\n';
      } else if (tag === 'endif') {
        if (stack.pop() !== 'if') throw new SyntaxError('unexpected endif');
        code += '}\n';
      } else if ((t = /^for\s+([A-Za-z_]\w*)\s+in\s+(.+)$/.exec(tag))) {
        const id = ++loopId;
        code += `{ const $arr${id} = ${compileExpr(t[2], locals)} || [];\n`;
        code += `for (let $i${id} = 0; $i${id} < $arr${id}.length; $i${id}++) {\n`;
        code += `$l[${JSON.stringify(t[1])}] = $arr${id}[$i${id}];\n`;
        code += `$l.loop = { index: $i${id}, first: $i${id} === 0, last: $i${id} === $arr${id}.length - 1 };\n`;
        locals.add(t[1]);
        locals.add('loop');
        stack.push('for');
      } else if (tag === 'endfor') {
        if (stack.pop() !== 'for') throw new SyntaxError('unexpected endfor');
        code += '} }\n';
      } else {
        throw new SyntaxError(`unknown tag: {% ${tag} %}`);
      }
    }
  }
  if (stack.length) throw new SyntaxError(`unclosed {% ${stack.pop()} %}`);
  if (last < src.length) code += `$o += ${JSON.stringify(src.slice(last))};\n`;
  return code + 'return $o;';
}

const cache = new Map();

function compile(src, opts = {}) {
  if (!opts.debug && cache.has(src)) return cache.get(src);
  const body = generate(String(src));
  // The generated body only contains string literals produced by JSON.stringify and
  // whitelisted path/filter calls (see compileExpr), never raw template text.
  const fn = new Function('$d', '$l', '$get', '$esc', '$f', '$truthy', body);
  const lookupFilter = (name) => {
    const f = Object.prototype.hasOwnProperty.call(filters, name) ? filters[name] : null;
    if (!f) throw new Error(`unknown filter: ${name}`);
    return f;
  };
  const truthy = (v) => (Array.isArray(v) ? v.length > 0 : !!v);
  const render = (data = {}) => fn(data, Object.create(null), get, escapeHtml, lookupFilter, truthy);
  if (opts.debug) render.source = body;
  else cache.set(src, render);
  return render;
}

function renderString(src, data) {
  return compile(src)(data);
}

function addFilter(name, fn) {
  if (FORBIDDEN.has(name) || typeof fn !== 'function') throw new TypeError('invalid filter');
  filters[name] = fn;
}

module.exports = { compile, render: renderString, addFilter, escapeHtml };
