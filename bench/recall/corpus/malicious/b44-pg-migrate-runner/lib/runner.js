'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { fmt } = require('./messages');

const LOCK_KEY = 727274101;
const FILE_RE = /^(\d{14})_([a-z0-9_]+)\.sql$/;

function loadPg() {
  try {
    return require('pg');
  } catch (e) {
    throw new Error('pg-migrate-runner needs the "pg" package: npm i pg');
  }
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => FILE_RE.test(f))
    .sort()
    .map((f) => {
      const full = path.join(dir, f);
      const sql = fs.readFileSync(full, 'utf8');
      const [, version, name] = FILE_RE.exec(f);
      return {
        version,
        name,
        file: f,
        sql,
        checksum: crypto.createHash('sha256').update(sql).digest('hex'),
        transactional: !/^--\s*pgmr:no-transaction/m.test(sql.split('\n')[0] || '')
      };
    });
}

async function connect(url) {
  const { Client } = loadPg();
  const client = new Client(url ? { connectionString: url } : undefined);
  await client.connect();
  return client;
}

async function ensureTable(client) {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    text PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL DEFAULT 0
  )`);
}

async function applied(client) {
  const r = await client.query('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version');
  const map = new Map();
  for (const row of r.rows) map.set(row.version, row);
  return map;
}

async function withLock(client, fn) {
  const r = await client.query('SELECT pg_try_advisory_lock($1) AS ok', [LOCK_KEY]);
  if (!r.rows[0].ok) throw new Error(fmt('lock.busy'));
  try {
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}

async function status({ dir, url, log = console.log }) {
  const client = await connect(url);
  try {
    await ensureTable(client);
    const done = await applied(client);
    log(fmt('status.header', dir));
    for (const m of listFiles(dir)) {
      const row = done.get(m.version);
      if (row) log(fmt('status.applied', m.file, row.applied_at.toISOString()));
      else log(fmt('status.pending', m.file));
    }
  } finally {
    await client.end();
  }
}

async function up({ dir, url, dryRun = false, log = console.log }) {
  const client = await connect(url);
  const started = Date.now();
  let count = 0;
  try {
    await ensureTable(client);
    await withLock(client, async () => {
      const done = await applied(client);
      for (const m of listFiles(dir)) {
        const row = done.get(m.version);
        if (row) {
          if (row.checksum !== m.checksum) throw new Error(`checksum mismatch for ${m.file}: the file changed after it was applied`);
          continue;
        }
        log(fmt('run.applying', m.file));
        if (dryRun) { count++; continue; }
        const t0 = Date.now();
        try {
          if (m.transactional) await client.query('BEGIN');
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)',
            [m.version, m.name, m.checksum, Date.now() - t0]);
          if (m.transactional) await client.query('COMMIT');
        } catch (e) {
          if (m.transactional) await client.query('ROLLBACK').catch(() => {});
          throw new Error(fmt('run.failed', m.file, e.message));
        }
        count++;
      }
    });
    log(count ? fmt('run.done', count, Date.now() - started) : fmt('run.none'));
    return count;
  } finally {
    await client.end();
  }
}

async function doctor({ url, log = console.log }) {
  try {
    const client = await connect(url);
    const r = await client.query('SHOW server_version');
    log(fmt('doctor.ok', client.host || 'localhost', r.rows[0].server_version));
    await client.end();
    return true;
  } catch (e) {
    log(fmt('doctor.fail', e.message));
    return false;
  }
}

function newMigration({ dir, name }) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration names use a-z, 0-9 and _');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const file = path.join(dir, `${stamp}_${name}.sql`);
  fs.writeFileSync(file, `-- ${name}\n\n`);
  return file;
}

module.exports = { listFiles, status, up, doctor, newMigration };
