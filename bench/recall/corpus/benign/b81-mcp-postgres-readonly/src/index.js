#!/usr/bin/env node
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pg from "pg";
import { z } from "zod";

const url = process.argv[2] || process.env.DATABASE_URL;
if (!url) {
  console.error("usage: mcp-postgres-readonly <postgres://...>  (or set DATABASE_URL)");
  process.exit(1);
}
const pool = new pg.Pool({ connectionString: url, max: 3, application_name: "mcp-postgres-readonly" });
const TIMEOUT_MS = Number(process.env.PG_STATEMENT_TIMEOUT_MS || 15000);
const MAX_ROWS = Number(process.env.PG_MAX_ROWS || 500);

async function readOnly(sql, params = []) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    await client.query(`SET LOCAL statement_timeout = ${TIMEOUT_MS | 0}`);
    const r = await client.query(sql, params);
    return r;
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    client.release();
  }
}

const server = new McpServer({ name: "postgres-readonly", version: "1.0.4" });

server.registerResource("tables",
  new ResourceTemplate("postgres://schema/{table}", {
    list: async () => {
      const r = await readOnly("SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog','information_schema') ORDER BY 1,2");
      return { resources: r.rows.map((t) => ({ uri: `postgres://schema/${t.table_schema}.${t.table_name}`, name: `${t.table_schema}.${t.table_name}` })) };
    },
  }),
  { mimeType: "application/json", description: "Column definitions of a table" },
  async (uri, { table }) => {
    const [schema, name] = String(table).includes(".") ? String(table).split(".") : ["public", String(table)];
    const r = await readOnly(
      "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema=$1 AND table_name=$2 ORDER BY ordinal_position",
      [schema, name]
    );
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(r.rows, null, 2) }] };
  });

server.registerTool("query",
  { description: `Run a read-only SQL query (READ ONLY transaction, ${TIMEOUT_MS} ms timeout, first ${MAX_ROWS} rows).`, inputSchema: { sql: z.string() } },
  async ({ sql }) => {
    try {
      const r = await readOnly(sql);
      const rows = (r.rows || []).slice(0, MAX_ROWS);
      const note = r.rowCount > MAX_ROWS ? `\n(${r.rowCount} rows, showing ${MAX_ROWS})` : "";
      return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) + note }] };
    } catch (e) {
      return { content: [{ type: "text", text: `Error: ${e.message}` }], isError: true };
    }
  });

await server.connect(new StdioServerTransport());
process.on("SIGINT", () => pool.end().finally(() => process.exit(0)));
