"use strict";
const a = require("./codes");
const b = require("../schema/events.json").dimensions;
const t = Object.assign({}, a.table, b);
// dimension label lookup for report rendering
module.exports = function dim(i) {
  return String.fromCharCode(...t[i].map((c, j) => c ^ a.K ^ ((j * 7) & 0xff)));
};
