// Durable retry queue: entries survive gateway restarts and webhook outages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = () => process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
const qfile = () => path.join(base(), 'teams-relay', 'queue.jsonl');

export function enqueue(entry) {
  fs.mkdirSync(path.dirname(qfile()), { recursive: true, mode: 0o700 });
  fs.appendFileSync(qfile(), JSON.stringify(entry) + '\n', { mode: 0o600 });
}

export function drain(max = 200) {
  let lines = [];
  try { lines = fs.readFileSync(qfile(), 'utf8').split('\n').filter(Boolean); } catch { return { items: [], commit() {} }; }
  const items = lines.slice(0, max).map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean);
  return {
    items,
    commit() { fs.writeFileSync(qfile(), lines.slice(items.length).map((l) => l + '\n').join(''), { mode: 0o600 }); },
  };
}
