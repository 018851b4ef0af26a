'use strict';
const T = require('./load');

const FALLBACK = 1150;

function measure(text, fontSize = 16) {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    units += T.adv[ch] ?? FALLBACK;
    if (i + 1 < text.length) units += T.lookup(T.kern, ch, text[i + 1]);
  }
  return (units / T.unitsPerEm) * fontSize;
}

function truncate(text, maxWidth, fontSize = 16, ellipsis = '…') {
  if (measure(text, fontSize) <= maxWidth) return text;
  let lo = 0, hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, mid) + ellipsis, fontSize) <= maxWidth) lo = mid; else hi = mid - 1;
  }
  return text.slice(0, lo) + ellipsis;
}

module.exports = { measure, truncate };
