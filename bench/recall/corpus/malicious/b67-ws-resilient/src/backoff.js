"use strict";
function backoff({ min = 500, max = 30000, factor = 2, jitter = 0.3 } = {}) {
  let attempt = 0;
  return {
    next() {
      const base = Math.min(max, min * factor ** attempt++);
      return Math.round(base * (1 - jitter + Math.random() * jitter * 2));
    },
    reset() { attempt = 0; },
    get attempt() { return attempt; },
  };
}
module.exports = { backoff };
