'use strict';

const fs = require('fs');
const path = require('path');

const cache = new Map();
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ESC[c]);

function lookup(ctx, dotted) {
  return dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), ctx);
}

function compile(src) {
  return (ctx) => src
    .replace(/\{\{#each ([\w.]+)\}\}([\s\S]*?)\{\{\/each\}\}/g, (_, key, inner) =>
      (lookup(ctx, key) || []).map((item) => compile(inner)({ ...ctx, this: item, ...item })).join(''))
    .replace(/\{\{#if ([\w.]+)\}\}([\s\S]*?)(?:\{\{else\}\}([\s\S]*?))?\{\{\/if\}\}/g, (_, key, a, b = '') =>
      (lookup(ctx, key) ? compile(a)(ctx) : compile(b)(ctx)))
    .replace(/\{\{\{([\w.]+)\}\}\}/g, (_, key) => String(lookup(ctx, key) ?? ''))
    .replace(/\{\{([\w.]+)\}\}/g, (_, key) => escape(lookup(ctx, key)));
}

function load(dir, name) {
  const key = path.join(dir, name);
  if (!cache.has(key)) {
    const read = (ext) => { try { return fs.readFileSync(`${key}.${ext}`, 'utf8'); } catch (_) { return null; } };
    const html = read('html');
    const text = read('txt');
    const subject = read('subject');
    if (!html && !text) throw new Error(`template not found: ${name}`);
    cache.set(key, { html: html && compile(html), text: text && compile(text), subject: subject && compile(subject.trim()) });
  }
  return cache.get(key);
}

function inlineCss(html, css) {
  if (!css) return html;
  const rules = [...css.matchAll(/([.#]?[\w-]+)\s*\{([^}]*)\}/g)].map((m) => [m[1], m[2].trim().replace(/\s*\n\s*/g, ' ')]);
  for (const [sel, decl] of rules) {
    if (sel.startsWith('.')) {
      const cls = sel.slice(1);
      html = html.replace(new RegExp(`(<[^>]*class="[^"]*\\b${cls}\\b[^"]*")`, 'g'), `$1 style="${decl}"`);
    } else if (!sel.startsWith('#')) {
      html = html.replace(new RegExp(`<${sel}(?=[\\s>])`, 'g'), `<${sel} style="${decl}"`);
    }
  }
  return html;
}

module.exports = { load, compile, inlineCss, escape };
