'use strict';
const native = require('./build/Release/fastmatrix.node');

function multiply(a, b, m, k, n) {
  if (a.length !== m * k || b.length !== k * n) throw new RangeError('dimension mismatch');
  return native.multiply(Float64Array.from(a), Float64Array.from(b), m, k, n);
}

module.exports = { multiply };
