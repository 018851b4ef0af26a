'use strict';
const fs = require('fs');
const path = require('path');
const DEFAULTS = { remote: 'origin', branch: 'main', debounceMs: 30000, message: 'autosync: {host} {date}' };
function loadConfig(root) {
  const f = path.join(root, '.autosync.json');
  const user = fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : {};
  return { ...DEFAULTS, ...user };
}
module.exports = { loadConfig };
