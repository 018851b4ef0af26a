'use strict';
function define(proto, name, fn) {
  if (typeof proto[name] === 'function') return;
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

define(Array.prototype, 'findLast', function findLast(callbackfn /* , thisArg */) {
  if (this == null) throw new TypeError('Array.prototype.findLast called on null or undefined');
  var O = Object(this);
  var len = O.length >>> 0;
  var thisArg = arguments[1];
  for (var i = len - 1; i >= 0; i--) {
    var v = O[i];
    if (callbackfn.call(thisArg, v, i, O)) return v;
  }
  return undefined;
});

define(Array.prototype, 'findLastIndex', function findLastIndex(callbackfn /* , thisArg */) {
  var O = Object(this);
  var len = O.length >>> 0;
  for (var i = len - 1; i >= 0; i--) if (callbackfn.call(arguments[1], O[i], i, O)) return i;
  return -1;
});

module.exports = define;
