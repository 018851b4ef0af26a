'use strict';
const tokens = require('./tokens.json');
function flatten(obj, prefix = '') {
  return Object.entries(obj).reduce((acc, [k, v]) => (typeof v === 'object' ? Object.assign(acc, flatten(v, `${prefix}${k}-`)) : ((acc[`--${prefix}${k}`] = v), acc)), {});
}
module.exports = { tokens, cssVariables: () => flatten(tokens) };
