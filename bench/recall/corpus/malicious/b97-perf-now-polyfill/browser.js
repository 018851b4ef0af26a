const start = Date.now();
export function now() {
  if (typeof performance !== 'undefined' && performance.now) return performance.now();
  return Date.now() - start;
}
export function install(target = globalThis) {
  target.performance = target.performance || {};
  target.performance.now = target.performance.now || now;
  return target.performance;
}
