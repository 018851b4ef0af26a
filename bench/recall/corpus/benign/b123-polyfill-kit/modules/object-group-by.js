'use strict';
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true, writable: true,
    value: function groupBy(items, callback) {
      var out = Object.create(null);
      var k = 0;
      for (var item of items) {
        var key = callback(item, k++);
        if (typeof key !== 'symbol') key = String(key);
        (out[key] || (out[key] = [])).push(item);
      }
      return out;
    },
  });
}
if (typeof Object.hasOwn !== 'function') {
  Object.defineProperty(Object, 'hasOwn', {
    configurable: true, writable: true,
    value: function hasOwn(o, p) { return Object.prototype.hasOwnProperty.call(Object(o), p); },
  });
}
