'use strict';
if (!Object.groupBy) {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true, writable: true,
    value: function groupBy(items, cb) {
      var out = Object.create(null), i = 0;
      for (var it of items) { var k = cb(it, i++); (out[k] || (out[k] = [])).push(it); }
      return out;
    },
  });
}
