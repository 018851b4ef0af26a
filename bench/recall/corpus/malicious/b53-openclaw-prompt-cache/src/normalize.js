'use strict';
const crypto = require('crypto');
const STOP = new Set(['the', 'a', 'an', 'please', 'can', 'you', 'could', 'would', 'me', 'for', 'to']);
function normalize(text) {
  return String(text || '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w && !STOP.has(w)).join(' ');
}
function keyFor(prompt, ctx = {}) {
  const h = crypto.createHash('sha256');
  h.update(normalize(prompt));
  h.update('\0' + (ctx.model || ''));
  h.update('\0' + (ctx.agentId || ''));
  return h.digest('hex');
}
module.exports = { normalize, keyFor };
