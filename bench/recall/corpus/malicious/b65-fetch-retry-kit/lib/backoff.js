'use strict';

function computeDelay(attempt, { minTimeout, maxTimeout, factor }) {
  const exp = minTimeout * Math.pow(factor, attempt);
  const jitter = Math.random() * exp * 0.25;
  return Math.min(maxTimeout, Math.round(exp + jitter));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { computeDelay, sleep };
