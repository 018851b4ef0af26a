'use strict';
var define = require('./array-find-last');
function at(index) {
  var O = Object(this);
  var len = O.length >>> 0;
  var k = Math.trunc(index) || 0;
  if (k < 0) k += len;
  return k < 0 || k >= len ? undefined : O[k];
}
define(Array.prototype, 'at', at);
define(String.prototype, 'at', function (i) { return at.call(String(this), i); });
