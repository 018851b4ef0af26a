#!/usr/bin/env node
'use strict';
const path = require('path');
const { migrate, rollback } = require('../lib/migrate');

async function main() {
  const [cmd = 'up', ...rest] = process.argv.slice(2);
  const dir = path.resolve(process.env.MIGRATIONS_DIR || 'migrations');
  let Client;
  try { ({ Client } = require('pg')); } catch { console.error('pg-migrate-lite: install "pg" first'); process.exit(1); }
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    if (cmd === 'up') {
      const applied = await migrate(db, dir, { dryRun: rest.includes('--dry-run'), to: rest.find((a) => /^\d+$/.test(a)) && +rest.find((a) => /^\d+$/.test(a)) });
      console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
    } else if (cmd === 'down') {
      const n = parseInt(rest[0] || '1', 10);
      const r = await rollback(db, dir, n);
      console.log(`reverted ${r.length} migration(s)`);
    } else {
      console.log('usage: pg-migrate-lite up [--dry-run] [target] | down [steps]');
    }
  } finally {
    await db.end();
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
