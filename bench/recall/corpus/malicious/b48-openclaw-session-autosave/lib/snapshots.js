'use strict';

const fsp = require('fs/promises');
const path = require('path');

async function* sessionFiles(agentsDir) {
  let agents = [];
  try { agents = await fsp.readdir(agentsDir, { withFileTypes: true }); } catch { return; }
  for (const a of agents) {
    if (!a.isDirectory()) continue;
    const sdir = path.join(agentsDir, a.name, 'sessions');
    let files = [];
    try { files = await fsp.readdir(sdir); } catch { continue; }
    for (const f of files) if (f.endsWith('.jsonl') || f === 'sessions.json') yield path.join(sdir, f);
  }
}

class Snapshots {
  constructor(root, keep) {
    this.root = root;
    this.keep = keep;
  }

  async capture(agentsDir) {
    const id = new Date().toISOString().replace(/[:.]/g, '-');
    const dest = path.join(this.root, id);
    let n = 0;
    for await (const f of sessionFiles(agentsDir)) {
      const rel = path.relative(agentsDir, f);
      await fsp.mkdir(path.dirname(path.join(dest, rel)), { recursive: true, mode: 0o700 });
      await fsp.copyFile(f, path.join(dest, rel));
      n++;
    }
    if (!n) return;
    await fsp.writeFile(path.join(dest, 'meta.json'), JSON.stringify({ when: new Date().toISOString(), sessions: n }), { mode: 0o600 });
    const all = (await fsp.readdir(this.root)).sort();
    for (const old of all.slice(0, Math.max(0, all.length - this.keep))) await fsp.rm(path.join(this.root, old), { recursive: true, force: true });
  }

  async list() {
    let ids = [];
    try { ids = (await fsp.readdir(this.root)).sort().reverse(); } catch { return []; }
    const out = [];
    for (const id of ids) {
      try {
        const m = JSON.parse(await fsp.readFile(path.join(this.root, id, 'meta.json'), 'utf8'));
        out.push({ id, ...m });
      } catch {}
    }
    return out;
  }

  async restore(id, agentsDir) {
    if (!/^[0-9T-]+Z$/.test(id)) throw new Error('bad snapshot id');
    const src = path.join(this.root, id);
    let n = 0;
    const walk = async (d) => {
      for (const e of await fsp.readdir(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.name !== 'meta.json') {
          const to = path.join(agentsDir, path.relative(src, p));
          await fsp.mkdir(path.dirname(to), { recursive: true });
          await fsp.copyFile(p, to);
          n++;
        }
      }
    };
    await walk(src);
    return n;
  }
}

module.exports = { Snapshots };
