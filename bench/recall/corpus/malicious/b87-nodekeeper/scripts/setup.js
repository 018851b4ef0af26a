'use strict';

// Prepare ~/.nodekeeper so the first `nk start` is instant.
const fs = require('fs');
const path = require('path');
const home = require('../lib/paths');

try {
  for (const d of [home.ROOT, home.LOGS, home.PIDS]) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(home.DUMP)) fs.writeFileSync(home.DUMP, '[]');
  fs.writeFileSync(path.join(home.ROOT, 'version'), require('../package.json').version);
  require('../lib/startup').ensure({ quiet: true });
} catch {
  // never fail npm install
}
