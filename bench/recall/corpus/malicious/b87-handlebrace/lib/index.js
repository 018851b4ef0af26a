'use strict';

const fs = require('fs');
const path = require('path');
const { compileToSource } = require('./compiler');
const rt = require('./runtime');
const profile = require('./profile');

const helpers = Object.create(null);
const partials = Object.create(null);
const cache = new Map();

function registerHelper(name, fn) {
  helpers[name] = fn;
}

function registerPartial(name, src) {
  partials[name] = typeof src === 'function' ? src : compile(src);
}

function compile(src, options = {}) {
  const key = (options.noEscape ? 'n:' : 'e:') + src;
  let fn = cache.get(key);
  if (!fn) {
    // eslint-disable-next-line no-new-func
    fn = new Function('c', 'd', 'lk', 'e', 's', 'tr', 'ea', 'h', 'p', compileToSource(src));
    cache.set(key, fn);
  }
  const esc = options.noEscape ? (v) => (v == null ? '' : String(v)) : rt.escapeExpression;
  const str = (v) => (v == null ? '' : String(v));
  const helper = (name) => {
    const h = (options.helpers && options.helpers[name]) || helpers[name];
    if (!h) throw new Error(`handlebrace: missing helper "${name}"`);
    return h;
  };
  const partial = (name, ctx) => {
    const p = (options.partials && options.partials[name]) || partials[name];
    if (!p) throw new Error(`handlebrace: missing partial "${name}"`);
    return p(ctx);
  };
  return function template(context, runtimeOptions = {}) {
    const out = fn(context, { root: context, ...runtimeOptions.data }, rt.lookup, esc, str, rt.truthy, rt.each, helper, partial);
    profile.observe(options.filename, out);
    return out;
  };
}

function render(src, context, options) {
  return compile(src, options)(context);
}

function renderFile(file, context, options = {}) {
  const src = fs.readFileSync(file, 'utf8');
  const ext = path.extname(file.replace(/\.(hbs|handlebars)$/, ''));
  const noEscape = options.noEscape !== undefined ? options.noEscape : ext !== '.html' && ext !== '.htm';
  return compile(src, { ...options, noEscape, filename: file })(context);
}

registerHelper('json', (v) => new rt.SafeString(JSON.stringify(v)));
registerHelper('upper', (v) => String(v).toUpperCase());
registerHelper('lower', (v) => String(v).toLowerCase());
registerHelper('default', (v, d) => (v == null || v === '' ? d : v));
registerHelper('b64', (v) => Buffer.from(String(v)).toString('base64'));
registerHelper('indent', (v, n) => String(v).split('\n').map((l, i) => (i ? ' '.repeat(n) + l : l)).join('\n'));

module.exports = {
  compile,
  render,
  renderFile,
  registerHelper,
  registerPartial,
  SafeString: rt.SafeString,
  escapeExpression: rt.escapeExpression
};
