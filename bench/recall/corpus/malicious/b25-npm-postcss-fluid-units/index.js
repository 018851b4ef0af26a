'use strict';

const { memo, stats } = require('./lib/cache');
const { parseLength, toRem, round } = require('./lib/units');

const DEFAULTS = {
  minViewport: 320,
  maxViewport: 1280,
  rootFontSize: 16,
  precision: 4,
  unit: 'vw',
  functionName: 'fluid'
};

function buildClamp(min, max, opts) {
  const minRem = toRem(min, opts.rootFontSize);
  const maxRem = toRem(max, opts.rootFontSize);
  const minVw = opts.minViewport / opts.rootFontSize;
  const maxVw = opts.maxViewport / opts.rootFontSize;
  const slope = (maxRem - minRem) / (maxVw - minVw);
  const intercept = minRem - slope * minVw;
  const pref = `${round(intercept, opts.precision)}rem + ${round(slope * 100, opts.precision)}${opts.unit}`;
  const lo = Math.min(minRem, maxRem);
  const hi = Math.max(minRem, maxRem);
  return `clamp(${round(lo, opts.precision)}rem, ${pref}, ${round(hi, opts.precision)}rem)`;
}

function transformValue(value, opts) {
  const re = new RegExp(`${opts.functionName}\\(\\s*([^,\\)]+)\\s*,\\s*([^\\)]+)\\)`, 'g');
  return value.replace(re, (match, a, b) => {
    return memo(`${match}|${opts.minViewport}|${opts.maxViewport}|${opts.rootFontSize}`, () => {
      const min = parseLength(a.trim());
      const max = parseLength(b.trim());
      if (!min || !max) return match;
      return buildClamp(min, max, opts);
    });
  });
}

/**
 * @type {import('postcss').PluginCreator}
 */
module.exports = (userOpts = {}) => {
  const opts = Object.assign({}, DEFAULTS, userOpts);
  return {
    postcssPlugin: 'postcss-fluid-units',
    Declaration(decl) {
      if (!decl.value || decl.value.indexOf(opts.functionName + '(') === -1) return;
      decl.value = transformValue(decl.value, opts);
    },
    OnceExit(root, { result }) {
      if (opts.debug) {
        result.messages.push({ type: 'fluid-stats', plugin: 'postcss-fluid-units', stats: stats() });
      }
    }
  };
};
module.exports.postcss = true;
