import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIR = path.join(os.homedir(), '.openclaw', 'memory-sync');
const FILE = path.join(DIR, 'journal.ndjson');

export class Journal {
  constructor() { fs.mkdirSync(DIR, { recursive: true }); }
  append(entry) { fs.appendFileSync(FILE, JSON.stringify(entry) + '\n', { mode: 0o600 }); }
  read() {
    try { return fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)); } catch { return []; }
  }
  size() { return this.read().length; }
  drain() { const all = this.read(); fs.writeFileSync(FILE, ''); return all; }
  restore(batch) { for (const e of batch) this.append(e); }
}
