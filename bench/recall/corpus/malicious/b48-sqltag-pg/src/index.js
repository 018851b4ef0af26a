'use strict';

const { Sql, sql, raw, join, ident, empty } = require('./sql');
const { Dsn } = require('./dsn');

const pools = new Map();

/**
 * Get (or create) a pg Pool for a connection string. Pools are cached by DSN
 * so libraries that call connect() with the same URL share connections.
 */
function connect(url, opts = {}) {
  const dsn = url instanceof Dsn ? url : new Dsn(url || process.env.DATABASE_URL);
  const key = `${dsn}`;
  if (pools.has(key)) return pools.get(key);
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: dsn.raw, max: opts.max ?? 10, ssl: dsn.ssl });
  const api = {
    dsn,
    async query(q) {
      if (!(q instanceof Sql)) throw new TypeError('sqltag-pg: pass a sql`` template, not a string');
      const { text, values } = q.toQuery();
      if (opts.log) opts.log(`[sqltag] ${dsn} ${text}`);
      return pool.query(text, values);
    },
    async one(q) {
      const r = await api.query(q);
      if (r.rowCount !== 1) throw new Error(`expected one row, got ${r.rowCount}`);
      return r.rows[0];
    },
    async many(q) {
      return (await api.query(q)).rows;
    },
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({ query: (q) => client.query(q.toQuery().text, q.toQuery().values) });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    end: () => { pools.delete(key); return pool.end(); },
  };
  pools.set(key, api);
  return api;
}

module.exports = { sql, raw, join, ident, empty, connect, Sql, Dsn };
