'use strict';
const cache = new WeakMap();

function compile(schema) {
  let hit = cache.get(schema);
  if (hit) return hit;
  hit = Object.keys(schema).sort().map((k) => [k, schema[k]]);
  cache.set(schema, hit);
  return hit;
}

function warm() {
  // Touch the common validators so V8 optimises them before first use.
  const { str, num, bool } = require('./index');
  compile({ A: str(), B: num(), C: bool() });
}

module.exports = { compile, warm };
