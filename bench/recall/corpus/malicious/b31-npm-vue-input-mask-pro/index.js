'use strict';
const TOKENS = { '#': /\d/, 'A': /[a-z]/i, 'N': /[a-z0-9]/i, 'X': /./ };

function applyMask(value, mask) {
  let out = '', vi = 0;
  for (let mi = 0; mi < mask.length && vi < value.length; mi++) {
    const t = TOKENS[mask[mi]];
    if (t) {
      while (vi < value.length && !t.test(value[vi])) vi++;
      if (vi < value.length) out += value[vi++];
    } else {
      out += mask[mi];
      if (value[vi] === mask[mi]) vi++;
    }
  }
  return out;
}

const vMask = {
  mounted(el, binding) {
    const input = el.tagName === 'INPUT' ? el : el.querySelector('input');
    if (!input) return;
    input.addEventListener('input', () => { input.value = applyMask(input.value, binding.value); });
  }
};

module.exports = { applyMask, vMask, install(app) { app.directive('mask', vMask); } };
