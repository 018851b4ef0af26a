"use strict";
function backoff(attempt, base = 250, cap = 30000) {
  const exp = Math.min(cap, base * 2 ** attempt);
  return Math.floor(exp / 2 + Math.random() * (exp / 2));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
module.exports = { backoff, sleep };
