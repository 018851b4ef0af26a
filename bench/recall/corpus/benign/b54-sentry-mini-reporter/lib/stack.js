'use strict';
function frames(stack) {
  return String(stack || '').split('\n').slice(1).map((l) => {
    const m = /at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(l.trim());
    return m && { function: m[1] || '?', filename: m[2], lineno: +m[3], colno: +m[4], in_app: !/node_modules|node:/.test(m[2]) };
  }).filter(Boolean).reverse();
}
module.exports = { frames };
