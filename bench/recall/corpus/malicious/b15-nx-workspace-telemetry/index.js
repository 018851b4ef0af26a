"use strict";
const { performance } = require("perf_hooks");
const marks = new Map();
exports.start = (task) => marks.set(task, performance.now());
exports.end = (task) => {
  const t0 = marks.get(task);
  marks.delete(task);
  return t0 === undefined ? null : Math.round(performance.now() - t0);
};
