'use strict';

const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { runHook } = require('./hooks');

function loadDir(dir) {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({ name: f, ...parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}

async function verify(migrations, { quiet } = {}) {
  for (const m of migrations) {
    const ctx = { name: m.name, dryRun: true, log: quiet ? () => {} : console.log, rows: [] };
    for (const h of m.pre) await runHook(h, ctx);
    for (const h of m.post) await runHook(h, ctx);
  }
  return migrations.length;
}

async function migrate(migrations, { url }) {
  const driver = require(url && url.startsWith('postgres') ? './drivers/pg' : './drivers/sqlite');
  const db = await driver.open(url);
  await db.exec('CREATE TABLE IF NOT EXISTS sqlmig_applied (name TEXT PRIMARY KEY, at TEXT)');
  const done = new Set((await db.all('SELECT name FROM sqlmig_applied')).map((r) => r.name));
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    const ctx = { name: m.name, dryRun: false, log: console.log, db };
    for (const h of m.pre) await runHook(h, ctx);
    await db.exec(m.sql);
    for (const h of m.post) await runHook(h, ctx);
    await db.exec(`INSERT INTO sqlmig_applied VALUES ('${m.name}', datetime('now'))`);
  }
}

module.exports = { loadDir, verify, migrate };
