'use strict';

const TOKENS = {
  '0': /\d/,
  '9': /\d/,
  'A': /[a-zA-Z0-9]/,
  'S': /[a-zA-Z]/,
};

function applyMask(value, mask) {
  if (!mask) return value;
  const raw = String(value == null ? '' : value);
  let out = '';
  let vi = 0;
  for (let mi = 0; mi < mask.length && vi < raw.length; mi++) {
    const m = mask[mi];
    const rule = TOKENS[m];
    if (rule) {
      while (vi < raw.length && !rule.test(raw[vi])) vi++;
      if (vi < raw.length) out += raw[vi++];
    } else {
      out += m;
      if (raw[vi] === m) vi++;
    }
  }
  return out;
}

function unmask(value, mask) {
  if (!mask) return value;
  const literals = new Set(mask.split('').filter((c) => !TOKENS[c]));
  return String(value).split('').filter((c) => !literals.has(c)).join('');
}

module.exports = { applyMask, unmask, TOKENS };
