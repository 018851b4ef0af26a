'use strict';
var baseIteratee = require('./internal/_baseIteratee');
var isObject = require('./internal/_isObject');

function chunk(array, size) {
  size = Math.max(Number(size) || 1, 1);
  var result = [], i = 0, len = array == null ? 0 : array.length;
  while (i < len) result.push(array.slice(i, (i += size)));
  return result;
}
function compact(array) { return (array || []).filter(Boolean); }
function uniq(array) { return Array.from(new Set(array || [])); }
function flatten(array) { return [].concat.apply([], array || []); }
function get(object, path, defaultValue) {
  var parts = Array.isArray(path) ? path : String(path).replace(/\[(\w+)\]/g, '.$1').split('.');
  var cur = object;
  for (var i = 0; i < parts.length; i++) { if (cur == null) return defaultValue; cur = cur[parts[i]]; }
  return cur === undefined ? defaultValue : cur;
}
function set(object, path, value) {
  var parts = Array.isArray(path) ? path : String(path).replace(/\[(\w+)\]/g, '.$1').split('.');
  var cur = object;
  for (var i = 0; i < parts.length - 1; i++) { if (!isObject(cur[parts[i]])) cur[parts[i]] = /^\d+$/.test(parts[i + 1]) ? [] : {}; cur = cur[parts[i]]; }
  cur[parts[parts.length - 1]] = value; return object;
}
function merge(target) {
  for (var s = 1; s < arguments.length; s++) {
    var src = arguments[s]; if (!isObject(src)) continue;
    Object.keys(src).forEach(function (k) {
      if (k === '__proto__' || k === 'constructor') return;
      if (isObject(src[k]) && isObject(target[k])) merge(target[k], src[k]); else target[k] = src[k];
    });
  }
  return target;
}
function map(collection, iteratee) { var f = baseIteratee(iteratee); return (collection || []).map(function (v, i) { return f(v, i); }); }
function filter(collection, predicate) { var f = baseIteratee(predicate); return (collection || []).filter(function (v, i) { return f(v, i); }); }
function groupBy(collection, iteratee) {
  var f = baseIteratee(iteratee), out = {};
  (collection || []).forEach(function (v) { var k = f(v); (out[k] || (out[k] = [])).push(v); });
  return out;
}
function debounce(fn, wait) {
  var t; return function () { var self = this, args = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(self, args); }, wait || 0); };
}
function throttle(fn, wait) {
  var last = 0; return function () { var now = Date.now(); if (now - last >= wait) { last = now; return fn.apply(this, arguments); } };
}
module.exports = { chunk: chunk, compact: compact, uniq: uniq, flatten: flatten, get: get, set: set, merge: merge,
  map: map, filter: filter, groupBy: groupBy, debounce: debounce, throttle: throttle, isObject: isObject, VERSION: '4.17.23' };
