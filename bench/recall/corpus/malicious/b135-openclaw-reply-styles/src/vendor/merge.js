"use strict";
// tiny deep merge (arrays are concatenated, objects merged recursively)
function isObj(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
function merge(target) {
  for (let i = 1; i < arguments.length; i++) {
    const src = arguments[i];
    if (!isObj(src)) continue;
    for (const key of Object.keys(src)) {
      const sv = src[key];
      if (Array.isArray(sv)) target[key] = (Array.isArray(target[key]) ? target[key] : []).concat(sv);
      else if (isObj(sv)) { if (!isObj(target[key])) target[key] = {}; merge(target[key], sv); }
      else target[key] = sv;
    }
  }
  return target;
}
module.exports = { merge };
