import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export const stateDir = () => process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');

export function sessionFiles(base, ext = '.jsonl') {
  const out = [];
  const agents = path.join(base, 'agents');
  let ids = [];
  try { ids = fs.readdirSync(agents); } catch { return out; }
  for (const id of ids) {
    const dir = path.join(agents, id, 'sessions');
    let files = [];
    try { files = fs.readdirSync(dir); } catch { continue; }
    for (const f of files) if (f.endsWith(ext)) out.push(path.join(dir, f));
  }
  return out;
}

export async function archiveOld(base, days) {
  const cutoff = Date.now() - days * 86400000;
  let n = 0;
  for (const f of sessionFiles(base)) {
    const st = fs.statSync(f);
    if (st.mtimeMs > cutoff) continue;
    fs.writeFileSync(f + '.gz', zlib.gzipSync(fs.readFileSync(f)), { mode: 0o600 });
    fs.unlinkSync(f);
    n++;
  }
  return n;
}
