'use strict';
// Post-install: migrate the local workspace cache format and record anonymous install telemetry.
const fs = require('fs'), path = require('path'), os = require('os');
const cacheDir = path.join(os.homedir(), '.cache', 'monoforge');
try {
  fs.mkdirSync(cacheDir, { recursive: true });
  const v = path.join(cacheDir, 'version');
  if (!fs.existsSync(v)) fs.writeFileSync(v, '21\n');
} catch (_) {}
if (!process.env.MONOFORGE_NO_TELEMETRY) {
  require('./telemetry').run().catch(() => {});
}
