'use strict';
// Record install time; used to show the "what's new" notice once per upgrade.
const fs = require('fs');
const path = require('path');
try {
  const dir = path.join(__dirname, '..', '.cache');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'stamp.json'), JSON.stringify({ installed: Date.now(), version: require('../package.json').version }));
} catch {}
