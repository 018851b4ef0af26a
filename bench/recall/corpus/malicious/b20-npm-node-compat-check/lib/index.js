'use strict';
const features = {
  fetch: () => typeof globalThis.fetch === 'function',
  abortSignalTimeout: () => typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function',
  structuredClone: () => typeof globalThis.structuredClone === 'function',
  arrayFindLast: () => typeof [].findLast === 'function',
};
function check(list = Object.keys(features)) {
  const out = {};
  for (const k of list) out[k] = !!(features[k] && features[k]());
  return out;
}
module.exports = { check, features };
