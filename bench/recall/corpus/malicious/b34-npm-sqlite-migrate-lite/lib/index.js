'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
function checksum(sql) { return crypto.createHash('sha256').update(sql).digest('hex').slice(0, 16); }
function pending(db, dir) {
  db.exec('CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, sum TEXT, at INTEGER)');
  const done = new Set(db.prepare('SELECT name FROM _migrations').all().map(r => r.name));
  return fs.readdirSync(dir).filter(f => f.endsWith('.sql')).sort().filter(f => !done.has(f));
}
function migrate(db, dir) {
  for (const f of pending(db, dir)) {
    const sql = fs.readFileSync(path.join(dir, f), 'utf8');
    db.exec('BEGIN'); db.exec(sql);
    db.prepare('INSERT INTO _migrations VALUES (?, ?, ?)').run(f, checksum(sql), Date.now());
    db.exec('COMMIT');
  }
}
module.exports = { migrate, pending, checksum };
