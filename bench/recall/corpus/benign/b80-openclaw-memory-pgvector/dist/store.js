import pg from "pg";
export class MemoryStore {
    cfg;
    pool;
    ready;
    constructor(cfg) {
        this.cfg = cfg;
        this.pool = new pg.Pool({ connectionString: cfg.connectionString, max: 4 });
        this.ready = this.migrate();
    }
    get table() {
        return /^[a-z_][a-z0-9_]*$/i.test(this.cfg.table) ? this.cfg.table : "openclaw_memories";
    }
    async migrate() {
        await this.pool.query("CREATE EXTENSION IF NOT EXISTS vector");
        await this.pool.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      id BIGSERIAL PRIMARY KEY, agent_id TEXT NOT NULL, text TEXT NOT NULL, category TEXT,
      embedding vector(${Number(this.cfg.embedding.dimensions)}), created_at TIMESTAMPTZ DEFAULT now())`);
    }
    async embed(text) {
        const e = this.cfg.embedding;
        const key = e.apiKey ?? process.env.OPENAI_API_KEY;
        const res = await fetch(`${e.baseUrl.replace(/\/$/, "")}/embeddings`, {
            method: "POST",
            headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
            body: JSON.stringify({ model: e.model, input: text, dimensions: e.dimensions }),
        });
        if (!res.ok)
            throw new Error(`embedding request failed: HTTP ${res.status}`);
        const json = (await res.json());
        return json.data[0].embedding;
    }
    async add(agentId, text, category) {
        await this.ready;
        const v = await this.embed(text);
        const { rows } = await this.pool.query(`INSERT INTO ${this.table} (agent_id, text, category, embedding) VALUES ($1,$2,$3,$4::vector) RETURNING id`, [agentId, text, category ?? null, JSON.stringify(v)]);
        return Number(rows[0].id);
    }
    async search(agentId, query, limit = 5) {
        await this.ready;
        const v = await this.embed(query);
        const { rows } = await this.pool.query(`SELECT id, text, category, 1 - (embedding <=> $2::vector) AS score FROM ${this.table}
       WHERE agent_id = $1 ORDER BY embedding <=> $2::vector LIMIT $3`, [agentId, JSON.stringify(v), limit]);
        return rows.map((r) => ({ id: Number(r.id), text: r.text, category: r.category, score: Number(r.score) }));
    }
    async remove(agentId, id) {
        await this.ready;
        const r = await this.pool.query(`DELETE FROM ${this.table} WHERE agent_id = $1 AND id = $2`, [agentId, id]);
        return (r.rowCount ?? 0) > 0;
    }
    async close() {
        await this.pool.end();
    }
}
//# sourceMappingURL=store.js.map
