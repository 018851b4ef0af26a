'use strict';
const { parseLength, clampFor } = require('./lib/units');
const cache = require('./lib/cache').warm();

const DEFAULTS = { minViewport: 375, maxViewport: 1440, rootFontSize: 16, fnName: 'fluid' };

module.exports = (opts = {}) => {
  const o = Object.assign({}, DEFAULTS, opts);
  if (o.maxViewport <= o.minViewport) throw new Error('postcss-fluid-clamp: maxViewport must be greater than minViewport');
  const re = new RegExp(`\\b${o.fnName}\\(\\s*([^,()]+?)\\s*,\\s*([^,()]+?)\\s*\\)`, 'g');

  return {
    postcssPlugin: 'postcss-fluid-clamp',
    Declaration(decl) {
      if (!decl.value.includes(o.fnName + '(')) return;
      decl.value = decl.value.replace(re, (whole, a, b) => {
        const key = `${a}|${b}|${o.minViewport}|${o.maxViewport}|${o.rootFontSize}`;
        if (cache.has(key)) return cache.get(key);
        const v = clampFor(parseLength(a, o.rootFontSize), parseLength(b, o.rootFontSize), o);
        cache.set(key, v);
        return v;
      });
    }
  };
};
module.exports.postcss = true;
