'use strict';
if (!Array.prototype.findLast) {
  Object.defineProperty(Array.prototype, 'findLast', {
    configurable: true, writable: true,
    value: function findLast(pred, thisArg) {
      for (var i = this.length - 1; i >= 0; i--) if (pred.call(thisArg, this[i], i, this)) return this[i];
      return undefined;
    },
  });
}
