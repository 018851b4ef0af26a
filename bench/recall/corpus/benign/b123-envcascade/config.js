'use strict';
// Preload entry: `node -r envcascade/config app.js` or `node --import envcascade/config`.
// Options can be passed as envcascade_config_<option>=value command line args.
const options = {};
for (const arg of process.argv) {
  const m = /^envcascade_config_(path|mode|encoding|debug|override)=(.+)$/.exec(arg);
  if (m) options[m[1]] = m[2] === 'true' ? true : m[2];
}
require('./lib/main').config(options);
