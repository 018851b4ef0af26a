'use strict';
const path = require('path');
const core = require('@tinyfmt/core');

function formatFile(file, src) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return core.json(src);
  if (ext === '.md' || ext === '.markdown') return core.markdown(src);
  return src;
}

module.exports = { formatFile };
