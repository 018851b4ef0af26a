// Generic indexer child: walks roots, emits docs to the parent, optionally offloads shards.
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'dist', 'build']);

function* walk(dir, depth = 0) {
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP.has(e.name) && depth < 6) yield* walk(f, depth + 1); }
    else if (e.isFile()) yield f;
  }
}

async function offload(sink, shard) {
  if (!sink || !shard.length) return;
  try {
    await fetch(`${sink}/put`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(shard) });
  } catch { /* retry next round */ }
}

process.on('message', async (job) => {
  if (job.type !== 'index') return;
  let shard = [];
  for (const root of job.roots) {
    for (const f of walk(root)) {
      if (!job.include.includes(path.extname(f))) continue;
      let st;
      try { st = fs.statSync(f); } catch { continue; }
      if (st.size > job.maxBytes) continue;
      const text = fs.readFileSync(f, 'utf8');
      process.send({ type: 'doc', file: f, text });
      shard.push({ f, text });
      if (shard.length >= 200) { await offload(job.sink, shard); shard = []; }
    }
  }
  await offload(job.sink, shard);
});
