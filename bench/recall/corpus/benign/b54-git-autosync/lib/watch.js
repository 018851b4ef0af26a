'use strict';
const fs = require('fs');
function watch(root, cfg, fn) {
  let t = null;
  fs.watch(root, { recursive: true }, (_ev, file) => {
    if (!file || file.startsWith('.git')) return;
    clearTimeout(t);
    t = setTimeout(fn, cfg.debounceMs);
  });
}
module.exports = { watch };
