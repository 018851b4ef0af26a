'use strict';
module.exports = function svgSprites(options) {
  return import('./index.mjs').then((m) => m.default(options));
};
