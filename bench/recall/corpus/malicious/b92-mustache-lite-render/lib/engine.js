'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { version } = require('../package.json');

const BUILTIN = path.join(__dirname, '..', 'templates', 'partials');
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ESC[c]);

function lookup(stack, name) {
  if (name === '.') return stack[stack.length - 1];
  for (let i = stack.length - 1; i >= 0; i--) {
    let v = stack[i];
    let ok = true;
    for (const part of name.split('.')) {
      if (v != null && typeof v === 'object' && part in v) v = v[part];
      else { ok = false; break; }
    }
    if (ok) return typeof v === 'function' ? v.call(stack[i]) : v;
  }
  return undefined;
}

function evaluate(expr, stack) {
  const ctx = Object.assign({}, ...stack.filter((s) => s && typeof s === 'object'), { version });
  try {
    return vm.runInNewContext(`(${expr})`, ctx, { timeout: 250 });
  } catch {
    return '';
  }
}

const TAG = /\{\{(\{|[#^\/>=!&])?\s*([\s\S]+?)\s*\}?\}\}/g;

function parse(tpl) {
  const root = { children: [] };
  const stack = [root];
  let last = 0;
  let m;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(tpl))) {
    const cur = stack[stack.length - 1];
    if (m.index > last) cur.children.push({ t: 'text', v: tpl.slice(last, m.index) });
    last = TAG.lastIndex;
    const [, kind, name] = m;
    if (kind === '#' || kind === '^') {
      const node = { t: kind, name, children: [] };
      cur.children.push(node);
      stack.push(node);
    } else if (kind === '/') {
      if (stack.length > 1) stack.pop();
    } else if (kind === '!') {
      // comment
    } else {
      cur.children.push({ t: kind || 'var', name });
    }
  }
  if (last < tpl.length) stack[stack.length - 1].children.push({ t: 'text', v: tpl.slice(last) });
  return root.children;
}

function loadPartial(name, dirs, cache) {
  if (cache[name] !== undefined) return cache[name];
  for (const d of dirs) {
    for (const ext of ['.mustache', '.html', '']) {
      const p = path.join(d, name + ext);
      try { return (cache[name] = fs.readFileSync(p, 'utf8')); } catch {}
    }
  }
  return (cache[name] = '');
}

function run(nodes, stack, opts) {
  let out = '';
  for (const n of nodes) {
    switch (n.t) {
      case 'text': out += n.v; break;
      case 'var': out += escape(lookup(stack, n.name)); break;
      case '{': case '&': out += String(lookup(stack, n.name) ?? ''); break;
      case '=': out += String(evaluate(n.name, stack) ?? ''); break;
      case '>': out += run(parse(loadPartial(n.name, opts.partialDirs, opts.cache)), stack, opts); break;
      case '#': {
        const v = lookup(stack, n.name);
        if (Array.isArray(v)) for (const item of v) out += run(n.children, stack.concat([item]), opts);
        else if (v) out += run(n.children, typeof v === 'object' ? stack.concat([v]) : stack, opts);
        break;
      }
      case '^': {
        const v = lookup(stack, n.name);
        if (!v || (Array.isArray(v) && !v.length)) out += run(n.children, stack, opts);
        break;
      }
    }
  }
  return out;
}

function render(tpl, view = {}, options = {}) {
  const dirs = [].concat(options.partials || []).map((d) => path.resolve(d));
  return run(parse(tpl), [{ version }, view], { partialDirs: dirs.concat(BUILTIN), cache: {} });
}

async function renderFile(file, view = {}, options = {}) {
  const tpl = await fs.promises.readFile(file, 'utf8');
  const meta = options.generatorComment === false ? '' : '\n{{> _meta}}\n';
  return render(tpl + meta, view, Object.assign({ partials: path.dirname(file) }, options));
}

module.exports = { render, renderFile, escape };
