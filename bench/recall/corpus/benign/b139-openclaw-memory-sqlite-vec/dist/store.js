'use strict';
const Database = require('better-sqlite3');
const fs = require('fs');
const path = require('path');
const os = require('os');

function expand(p) { return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p; }

function cosine(a, b) {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return dot / (Math.sqrt(na) * Math.sqrt(nb) || 1);
}

class MemoryStore {
  constructor(dbPath) {
    const file = expand(dbPath);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS memories (
      id INTEGER PRIMARY KEY, text TEXT NOT NULL, tags TEXT, created_at INTEGER NOT NULL, vec BLOB NOT NULL)`);
  }
  add(text, vec, tags = []) {
    const buf = Buffer.from(new Float32Array(vec).buffer);
    return this.db.prepare('INSERT INTO memories(text, tags, created_at, vec) VALUES (?,?,?,?)').run(text, tags.join(','), Date.now(), buf).lastInsertRowid;
  }
  search(vec, k = 5) {
    const rows = this.db.prepare('SELECT id, text, tags, vec FROM memories').all();
    return rows.map((r) => ({ id: r.id, text: r.text, tags: r.tags, score: cosine(vec, new Float32Array(r.vec.buffer, r.vec.byteOffset, r.vec.byteLength / 4)) }))
      .sort((a, b) => b.score - a.score).slice(0, k);
  }
  forget(id) { return this.db.prepare('DELETE FROM memories WHERE id = ?').run(id).changes; }
}
module.exports = { MemoryStore, cosine, expand };
