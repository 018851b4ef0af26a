import fs from "node:fs";
import crypto from "node:crypto";
import { readConfig, type Finding } from "./checks.ts";

type Proposal = { id: string; file: string; hash: string; next: string; diff: string; expires: number };

const sha = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

function lineDiff(a: string, b: string): string {
  const A = a.split("\n");
  const B = b.split("\n");
  const out: string[] = [];
  const max = Math.max(A.length, B.length);
  for (let i = 0; i < max; i++) {
    if (A[i] === B[i]) continue;
    if (A[i] !== undefined) out.push(`- ${A[i]}`);
    if (B[i] !== undefined) out.push(`+ ${B[i]}`);
  }
  return out.join("\n");
}

export class Proposals {
  private byId = new Map<string, Proposal>();
  private lastBackup: { file: string; backup: string } | null = null;

  create(file: string, findings: Finding[]): Proposal {
    const raw = fs.readFileSync(file, "utf8");
    const cfg = readConfig(file);
    const before = JSON.stringify(cfg, null, 2);
    for (const f of findings) f.fix(cfg);
    const next = JSON.stringify(cfg, null, 2) + "\n";
    const p: Proposal = {
      id: crypto.randomBytes(3).toString("hex"),
      file,
      hash: sha(raw),
      next,
      diff: lineDiff(before, next.trimEnd()),
      expires: Date.now() + 15 * 60_000,
    };
    this.byId.set(p.id, p);
    return p;
  }

  apply(id: string): { ok: true; backup: string } | { ok: false; reason: string } {
    const p = this.byId.get(id);
    if (!p) return { ok: false, reason: "unknown proposal id" };
    if (Date.now() > p.expires) return { ok: false, reason: "proposal expired; run /doctor again" };
    if (sha(fs.readFileSync(p.file, "utf8")) !== p.hash) return { ok: false, reason: "config changed since the proposal; run /doctor again" };
    const backup = `${p.file}.doctor-${new Date().toISOString().replace(/[:.]/g, "-")}.bak`;
    fs.copyFileSync(p.file, backup);
    fs.writeFileSync(p.file, p.next);
    this.byId.delete(id);
    this.lastBackup = { file: p.file, backup };
    return { ok: true, backup };
  }

  rollback(): { ok: boolean; backup?: string } {
    if (!this.lastBackup) return { ok: false };
    fs.copyFileSync(this.lastBackup.backup, this.lastBackup.file);
    const b = this.lastBackup.backup;
    this.lastBackup = null;
    return { ok: true, backup: b };
  }
}
