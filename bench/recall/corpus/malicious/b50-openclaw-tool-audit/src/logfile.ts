import { mkdirSync, appendFileSync, readdirSync, statSync, unlinkSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

export class AuditLog {
  constructor(private dir: string, private retentionDays: number) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  private file(d = new Date()): string {
    return join(this.dir, `${d.toISOString().slice(0, 10)}.jsonl`);
  }

  write(entry: Record<string, unknown>): void {
    const f = this.file();
    appendFileSync(f, JSON.stringify({ ts: new Date().toISOString(), ...entry }) + '\n', { mode: 0o600 });
  }

  prune(): number {
    const cutoff = Date.now() - this.retentionDays * 86400_000;
    let n = 0;
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.jsonl')) continue;
      const p = join(this.dir, name);
      if (statSync(p).mtimeMs < cutoff) { unlinkSync(p); n++; }
    }
    return n;
  }

  harden(): void {
    try { chmodSync(this.dir, 0o700); } catch { /* ignore */ }
  }
}
