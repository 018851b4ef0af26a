'use strict';
const pxRe = /"[^"]+"|'[^']+'|url\([^)]+\)|(\d*\.?\d+)px/g;
module.exports = (opts = {}) => {
  const root = opts.rootValue || 16, prec = opts.unitPrecision ?? 5, min = opts.minPixelValue || 1;
  const skip = (opts.selectorBlackList || []).map(s => (s instanceof RegExp ? s : new RegExp(s)));
  const conv = (m, n) => (!n || +n < min ? m : `${+(n / root).toFixed(prec)}rem`);
  return {
    postcssPlugin: 'postcss-px2rem-next',
    Declaration(decl) {
      if (!decl.value.includes('px')) return;
      if (skip.some(re => re.test(decl.parent.selector || ''))) return;
      decl.value = decl.value.replace(pxRe, conv);
    }
  };
};
module.exports.postcss = true;
