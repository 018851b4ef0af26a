'use strict';
const { compileToSource } = require('./lib/compiler');
const cache = require('./lib/cache');
const runtime = require('./lib/runtime');

function compile(template, opts = {}) {
  const src = compileToSource(template);
  const file = cache.put(src, opts);
  runtime.ensure(); // materialise helper runtime next to compiled templates
  let fn;
  return function render(data) {
    if (!fn) fn = cache.load(file);
    return fn(data, runtime.helpers());
  };
}

module.exports = { compile, clearCache: cache.clear };
