'use strict'
const fs = require('fs')
const path = require('path')
const crypto = require('crypto')
const { Client } = require('pg')

const LOCK_ID = 72707369 // arbitrary, stable advisory lock key

function listMigrations(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+[_-].+\.sql$/.test(f))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((f) => {
      const sql = fs.readFileSync(path.join(dir, f), 'utf8')
      return { id: parseInt(f, 10), name: f, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') }
    })
}

async function migrate({ connectionString, dir, log = console.log }) {
  const client = new Client({ connectionString })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID])
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
    const { rows } = await client.query('SELECT id, checksum FROM schema_migrations')
    const applied = new Map(rows.map((r) => [r.id, r.checksum]))
    const done = []
    for (const m of listMigrations(dir)) {
      if (applied.has(m.id)) {
        if (applied.get(m.id) !== m.checksum) throw new Error(`migration ${m.name} was modified after being applied`)
        continue
      }
      await client.query('BEGIN')
      try {
        await client.query(m.sql)
        await client.query('INSERT INTO schema_migrations (id, name, checksum) VALUES ($1, $2, $3)', [m.id, m.name, m.checksum])
        await client.query('COMMIT')
      } catch (e) {
        await client.query('ROLLBACK')
        throw new Error(`${m.name}: ${e.message}`)
      }
      log(`applied ${m.name}`)
      done.push(m.name)
    }
    return done
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]).catch(() => {})
    await client.end()
  }
}

module.exports = { migrate, listMigrations }
