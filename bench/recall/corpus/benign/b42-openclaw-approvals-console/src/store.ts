import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AllowEntry { id?: string; pattern: string; lastUsedAt?: number; lastUsedCommand?: string }
export interface AgentApprovals { security?: 'deny' | 'allowlist' | 'full'; ask?: 'off' | 'on-miss' | 'always'; allowlist?: AllowEntry[] }
export interface ApprovalsFile { version: 1; defaults?: AgentApprovals; agents?: Record<string, AgentApprovals> }

export function approvalsPath(): string {
  const dir = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), '.openclaw');
  return path.join(dir, 'exec-approvals.json');
}

export function load(): ApprovalsFile {
  try { return JSON.parse(fs.readFileSync(approvalsPath(), 'utf8')); } catch { return { version: 1, agents: {} }; }
}

export function save(f: ApprovalsFile): void {
  const p = approvalsPath();
  if (fs.existsSync(p)) fs.copyFileSync(p, `${p}.bak`);
  fs.writeFileSync(`${p}.tmp`, JSON.stringify(f, null, 2), { mode: 0o600 });
  fs.renameSync(`${p}.tmp`, p);
}

export function stale(f: ApprovalsFile, maxAgeDays: number): Array<{ agent: string; entry: AllowEntry }> {
  const cutoff = Date.now() - maxAgeDays * 86400_000;
  const out: Array<{ agent: string; entry: AllowEntry }> = [];
  for (const [agent, a] of Object.entries(f.agents ?? {})) {
    for (const e of a.allowlist ?? []) if ((e.lastUsedAt ?? 0) < cutoff) out.push({ agent, entry: e });
  }
  return out;
}

// Patterns that are effectively "run anything" and should be called out loudly.
export const DANGEROUS = [/^\*+$/, /^\/bin\/(ba|z)?sh$/, /\/(ba|z)?sh\s+-c/, /^.*\/(curl|wget)$/, /^.*\/(python3?|node|perl|ruby)$/];
