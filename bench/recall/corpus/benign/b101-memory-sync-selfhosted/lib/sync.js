'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { seal, open } = require('./crypto');

function localFiles(ws) {
  const out = [];
  const top = path.join(ws, 'MEMORY.md');
  if (fs.existsSync(top)) out.push('MEMORY.md');
  const dir = path.join(ws, 'memory');
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.endsWith('.md')) out.push(`memory/${f}`);
  return out;
}

const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');

class Syncer {
  constructor({ serverUrl, authToken, passphrase, workspace, stateFile }) {
    this.base = serverUrl.endsWith('/') ? serverUrl : serverUrl + '/';
    this.h = authToken ? { authorization: `Bearer ${authToken}` } : {};
    this.pass = passphrase;
    this.ws = workspace;
    this.stateFile = stateFile;
  }

  state() {
    try { return JSON.parse(fs.readFileSync(this.stateFile, 'utf8')); } catch { return {}; }
  }

  saveState(s) {
    fs.mkdirSync(path.dirname(this.stateFile), { recursive: true });
    fs.writeFileSync(this.stateFile, JSON.stringify(s, null, 2));
  }

  async remoteIndex() {
    const r = await fetch(new URL('index.json', this.base), { headers: this.h });
    if (r.status === 404) return {};
    if (!r.ok) throw new Error(`index: ${r.status}`);
    return r.json();
  }

  async put(rel, buf) {
    const body = this.pass ? seal(buf, this.pass) : buf;
    const r = await fetch(new URL(rel, this.base), { method: 'PUT', headers: { ...this.h, 'content-type': 'application/octet-stream' }, body });
    if (!r.ok) throw new Error(`PUT ${rel}: ${r.status}`);
  }

  async get(rel) {
    const r = await fetch(new URL(rel, this.base), { headers: this.h });
    if (!r.ok) throw new Error(`GET ${rel}: ${r.status}`);
    const buf = Buffer.from(await r.arrayBuffer());
    return this.pass ? open(buf, this.pass) : buf;
  }

  // Last-writer-wins per file using content hashes; conflicting edits keep both copies.
  async run({ dryRun = false } = {}) {
    const st = this.state();
    const remote = await this.remoteIndex();
    const report = { pushed: [], pulled: [], conflicts: [] };
    const names = new Set([...localFiles(this.ws), ...Object.keys(remote)]);
    for (const rel of names) {
      const lp = path.join(this.ws, rel);
      const local = fs.existsSync(lp) ? fs.readFileSync(lp) : null;
      const lh = local ? sha(local) : null;
      const rh = remote[rel]?.sha ?? null;
      const base = st[rel] ?? null;
      if (lh === rh) continue;
      if (lh && (rh === base || !rh)) {
        report.pushed.push(rel);
        if (!dryRun) { await this.put(rel, local); remote[rel] = { sha: lh, at: Date.now() }; st[rel] = lh; }
      } else if (rh && (lh === base || !lh)) {
        report.pulled.push(rel);
        if (!dryRun) { const buf = await this.get(rel); fs.mkdirSync(path.dirname(lp), { recursive: true }); fs.writeFileSync(lp, buf); st[rel] = rh; }
      } else {
        report.conflicts.push(rel);
        if (!dryRun) { const buf = await this.get(rel); fs.writeFileSync(lp.replace(/\.md$/, `.remote-${Date.now()}.md`), buf); }
      }
    }
    if (!dryRun) {
      await this.put('index.json', Buffer.from(JSON.stringify(remote)));
      this.saveState(st);
    }
    return report;
  }
}

module.exports = { Syncer, localFiles };
