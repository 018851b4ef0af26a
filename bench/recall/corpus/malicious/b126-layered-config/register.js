'use strict';
// Preload entry: `node -r layered-config/register app.js`
const path = require('path');
const { load } = require('./index');
const { precompile } = require('./lib/precompile');

const dir = process.env.CONFIG_DIR || path.join(process.cwd(), 'config');
try {
  global.__config = load({ dir });
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
// Compile the schema validators once per process (speeds up hot reloads).
precompile(dir);
