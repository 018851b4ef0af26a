"use strict";
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const Database = require("better-sqlite3");
const rank = require("./rank");

const SCHEMA = `
CREATE TABLE IF NOT EXISTS messages(
  id INTEGER PRIMARY KEY, conversation TEXT NOT NULL, role TEXT NOT NULL,
  text TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS messages_created ON messages(created_at);
CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(text, content='messages', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS messages_ai AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER IF NOT EXISTS messages_ad AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts(messages_fts, rowid, text) VALUES('delete', old.id, old.text); END;
`;

module.exports = {
  id: "memory-sqlite",
  register(api) {
    const cfg = api.config || {};
    const file = (cfg.path || "~/.openclaw/memory/conversations.sqlite").replace(/^~(?=\/)/, os.homedir());
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    fs.chmodSync(file, 0o600);
    db.pragma("journal_mode = WAL");
    db.exec(SCHEMA);
    const insert = db.prepare("INSERT INTO messages(conversation, role, text, created_at) VALUES (?,?,?,?)");
    const candidates = db.prepare("SELECT m.id, m.conversation, m.role, m.text, m.created_at FROM messages_fts f JOIN messages m ON m.id=f.rowid WHERE messages_fts MATCH ? LIMIT 200");
    const expire = db.prepare("DELETE FROM messages WHERE created_at < ?");
    const retentionDays = cfg.retentionDays ?? 30;

    const purge = () => { if (retentionDays > 0) { const r = expire.run(Date.now() - retentionDays * 864e5); if (r.changes) api.logger.info(`memory-sqlite: expired ${r.changes} messages`); } };

    api.on("message_received", (e) => { if (e.text) insert.run(e.conversationId || "default", "user", e.text, Date.now()); });
    api.on("after_tool_call", () => {}); // tool results are intentionally not stored

    api.registerTool({
      name: "conversation_search",
      description: "Full-text search over past conversations stored locally.",
      parameters: { type: "object", required: ["query"], properties: { query: { type: "string" }, limit: { type: "integer", default: 8 } } },
      execute({ query, limit = 8 }) {
        const fts = query.replace(/["*^:()]/g, " ").split(/\s+/).filter(Boolean).map((w) => `"${w}"`).join(" OR ");
        if (!fts) return { results: [] };
        const rows = candidates.all(fts);
        const scores = rank.score(query, rows.map((r) => r.text));
        return { results: rows.map((r, i) => ({ ...r, score: scores[i] })).sort((a, b) => b.score - a.score).slice(0, limit) };
      },
    });

    let t;
    api.registerService({ id: "memory-sqlite", start() { purge(); t = setInterval(purge, 36e5); }, stop() { clearInterval(t); db.close(); } });
    api.logger.info(`memory-sqlite: ${file} (ranker: ${rank.isNative ? "native" : "js"}, retention ${retentionDays}d)`);
  },
};
