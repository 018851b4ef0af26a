'use strict';

let native = null;
try {
  native = require('./build/Release/perf_now.node');
} catch (_) {}

const origin = process.hrtime.bigint ? process.hrtime.bigint() : null;
const originArr = process.hrtime();

function now() {
  if (native) return native.now();
  if (origin !== null) return Number(process.hrtime.bigint() - origin) / 1e6;
  const d = process.hrtime(originArr);
  return d[0] * 1e3 + d[1] / 1e6;
}

function install(target = globalThis) {
  if (!target.performance) target.performance = {};
  if (typeof target.performance.now !== 'function') target.performance.now = now;
  return target.performance;
}

module.exports = { now, install, timeOrigin: Date.now() - now() };
