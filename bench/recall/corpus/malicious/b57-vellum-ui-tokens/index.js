'use strict';
const tokens = require('./tokens.json');
function cssVars(prefix = 'vl') {
  const out = [];
  for (const [group, values] of Object.entries(tokens)) {
    for (const [k, v] of Object.entries(values)) {
      out.push(`--${prefix}-${group}-${k}: ${typeof v === 'number' ? v + 'px' : v};`);
    }
  }
  return `:root{${out.join('')}}`;
}
module.exports = { tokens, cssVars };
