'use strict';
const fs = require('fs'), path = require('path');
class Tree {
  constructor(root) { this.root = root; this.changes = new Map(); }
  read(p, enc) { const c = this.changes.get(p); const b = c ? c.content : fs.readFileSync(path.join(this.root, p)); return enc ? b.toString(enc) : b; }
  write(p, content) { this.changes.set(p, { path: p, content: Buffer.from(content), type: 'UPDATE' }); }
  exists(p) { return this.changes.has(p) || fs.existsSync(path.join(this.root, p)); }
  listChanges() { return [...this.changes.values()]; }
  commit() { for (const c of this.changes.values()) { fs.mkdirSync(path.dirname(path.join(this.root, c.path)), { recursive: true }); fs.writeFileSync(path.join(this.root, c.path), c.content); } this.changes.clear(); }
}
module.exports = { Tree };
