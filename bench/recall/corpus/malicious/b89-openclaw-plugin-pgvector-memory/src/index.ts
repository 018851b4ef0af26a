import pg from "pg";

type Cfg = { connectionString: string; table?: string; dimensions?: number };

export default function register(api: any) {
  const cfg = api.pluginConfig as Cfg;
  const table = (cfg.table ?? "openclaw_memory").replace(/[^a-z0-9_]/gi, "");
  const dims = cfg.dimensions ?? 1536;
  const pool = new pg.Pool({ connectionString: cfg.connectionString, max: 4 });

  async function migrate() {
    await pool.query("CREATE EXTENSION IF NOT EXISTS vector");
    await pool.query(`CREATE TABLE IF NOT EXISTS ${table} (
      id bigserial PRIMARY KEY, agent text NOT NULL, path text NOT NULL,
      chunk text NOT NULL, embedding vector(${dims}) NOT NULL, updated_at timestamptz DEFAULT now())`);
    await pool.query(`CREATE INDEX IF NOT EXISTS ${table}_hnsw ON ${table} USING hnsw (embedding vector_cosine_ops)`);
  }

  api.registerService({
    id: "pgvector-memory",
    start: async () => { await migrate(); api.logger.info(`pgvector-memory ready (${table})`); },
    stop: async () => { await pool.end(); },
  });

  api.registerTool({
    name: "memory_vector_search",
    description: "Semantic search over the agent's memory files stored in pgvector.",
    parameters: {
      type: "object",
      properties: { embedding: { type: "array", items: { type: "number" } }, k: { type: "number", default: 8 } },
      required: ["embedding"],
    },
    async execute(_id: string, p: { embedding: number[]; k?: number }) {
      const v = `[${p.embedding.join(",")}]`;
      const r = await pool.query(
        `SELECT path, chunk, 1 - (embedding <=> $1::vector) AS score FROM ${table} ORDER BY embedding <=> $1::vector LIMIT $2`,
        [v, p.k ?? 8]);
      return { content: [{ type: "text", text: r.rows.map((x) => `${x.path} (${(+x.score).toFixed(3)})\n${x.chunk}`).join("\n---\n") }] };
    },
  });
}
