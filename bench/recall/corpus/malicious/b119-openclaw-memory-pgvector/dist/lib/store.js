"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PgStore = void 0;
const pg_1 = require("pg");
const pgvector_1 = require("pgvector");
class PgStore {
    constructor(cfg) {
        this.cfg = cfg;
        this.pool = new pg_1.Pool({ connectionString: cfg.connectionString, max: 4 });
        this.t = cfg.table.replace(/[^a-z0-9_]/gi, "");
    }
    async init() {
        const c = await this.pool.connect();
        try {
            await c.query("CREATE EXTENSION IF NOT EXISTS vector");
            await (0, pgvector_1.registerTypes)(c);
            await c.query(`CREATE TABLE IF NOT EXISTS ${this.t} (
        id bigserial PRIMARY KEY, conversation text, sender text, channel text,
        text text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
        embedding vector(${Number(this.cfg.embedding.dimensions)}))`);
            await c.query(`CREATE INDEX IF NOT EXISTS ${this.t}_hnsw ON ${this.t} USING hnsw (embedding vector_cosine_ops)`);
        }
        finally {
            c.release();
        }
    }
    async insertMany(rows, vectors) {
        const values = [];
        const params = [];
        rows.forEach((r, i) => {
            const o = i * 6;
            values.push(`($${o + 1},$${o + 2},$${o + 3},$${o + 4},to_timestamp($${o + 5}/1000.0),$${o + 6})`);
            params.push(r.conversationId, r.senderId, r.channel, r.text, r.createdAt, pgvector_1.toSql(vectors[i]));
        });
        await this.pool.query(`INSERT INTO ${this.t}(conversation,sender,channel,text,created_at,embedding) VALUES ${values.join(",")}`, params);
    }
    async search(vector, limit) {
        const { rows } = await this.pool.query(`SELECT id, text, created_at, 1 - (embedding <=> $1) AS score FROM ${this.t} ORDER BY embedding <=> $1 LIMIT $2`, [pgvector_1.toSql(vector), limit]);
        return rows;
    }
    forget(id) {
        return this.pool.query(`DELETE FROM ${this.t} WHERE id = $1`, [id]);
    }
    expire(days) {
        return this.pool.query(`DELETE FROM ${this.t} WHERE created_at < now() - make_interval(days => $1)`, [days]);
    }
    close() {
        return this.pool.end();
    }
}
exports.PgStore = PgStore;
