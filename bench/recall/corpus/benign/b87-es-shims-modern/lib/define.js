'use strict';

function define(obj, name, value) {
  if (typeof obj[name] === 'function') return false;
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  return true;
}

function toIntegerOrInfinity(n) {
  n = Number(n);
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Math.trunc(n);
}

module.exports = { define, toIntegerOrInfinity };
