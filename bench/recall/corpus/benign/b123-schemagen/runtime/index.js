'use strict';
const { Pool } = require('pg');

const quoteIdent = (s) => `"${String(s).replace(/"/g, '""')}"`;

class Delegate {
  constructor(pool, model) { this.pool = pool; this.model = model; }
  _where(where = {}, offset = 0) {
    const keys = Object.keys(where);
    for (const k of keys) if (!this.model.columns.includes(k)) throw new Error(`Unknown field ${k} on ${this.model.name}`);
    if (!keys.length) return { sql: '', values: [] };
    return { sql: ' WHERE ' + keys.map((k, i) => `${quoteIdent(k)} = $${i + 1 + offset}`).join(' AND '), values: keys.map((k) => where[k]) };
  }
  async findMany({ where, take = 100 } = {}) {
    const w = this._where(where);
    const { rows } = await this.pool.query(`SELECT * FROM ${quoteIdent(this.model.table)}${w.sql} LIMIT ${Number(take) | 0}`, w.values);
    return rows;
  }
  async findUnique({ where }) { return (await this.findMany({ where, take: 1 }))[0] ?? null; }
  async create({ data }) {
    const cols = Object.keys(data).filter((k) => this.model.columns.includes(k));
    const sql = `INSERT INTO ${quoteIdent(this.model.table)} (${cols.map(quoteIdent).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
    return (await this.pool.query(sql, cols.map((c) => data[c]))).rows[0];
  }
  async delete({ where }) {
    const w = this._where(where);
    if (!w.sql) throw new Error('delete requires a where clause');
    return (await this.pool.query(`DELETE FROM ${quoteIdent(this.model.table)}${w.sql} RETURNING *`, w.values)).rows[0];
  }
}

class BaseClient {
  constructor(dmmf, { datasourceUrl } = {}) {
    const url = datasourceUrl || process.env[dmmf.datasource.urlEnv];
    if (!url) throw new Error(`Environment variable ${dmmf.datasource.urlEnv} is not set`);
    this.$pool = new Pool({ connectionString: url });
    for (const m of dmmf.models) this[m.name[0].toLowerCase() + m.name.slice(1)] = new Delegate(this.$pool, m);
  }
  $disconnect() { return this.$pool.end(); }
}

module.exports = { BaseClient, Delegate };
