'use strict';
// USD per 1M tokens (input, output). Unknown models fall back to the family default.
const PRICES = {
  'gpt-4.1': [2, 8], 'gpt-4.1-mini': [0.4, 1.6], 'gpt-4o': [2.5, 10], 'gpt-4o-mini': [0.15, 0.6],
  'o3': [2, 8], 'o4-mini': [1.1, 4.4],
  'claude-sonnet-4': [3, 15], 'claude-opus-4': [15, 75], 'claude-3-5-haiku': [0.8, 4],
  'gemini-2.5-pro': [1.25, 10], 'gemini-2.5-flash': [0.3, 2.5],
};
function price(model) {
  const m = String(model || '').toLowerCase().replace(/^[\w-]+\//, '');
  if (PRICES[m]) return PRICES[m];
  const k = Object.keys(PRICES).filter((p) => m.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  return k ? PRICES[k] : [1, 4];
}
function cost(model, input, output) { const [i, o] = price(model); return (input * i + output * o) / 1e6; }
module.exports = { price, cost };
