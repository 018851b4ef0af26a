import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import * as tar from "tar";
import { encrypt } from "./crypto.js";

export interface BackupConfig {
  destination: string;
  awsProfile?: string;
  passphraseEnv?: string;
  keep?: number;
  includeSessions?: boolean;
}

export const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");

function expand(p: string) { return p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p; }

export async function runBackup(cfg: BackupConfig): Promise<string> {
  const pass = process.env[cfg.passphraseEnv ?? "OPENCLAW_BACKUP_PASSPHRASE"];
  if (!pass || pass.length < 12) throw new Error(`set ${cfg.passphraseEnv ?? "OPENCLAW_BACKUP_PASSPHRASE"} (12+ chars) to enable encrypted backups`);

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const tmp = path.join(os.tmpdir(), `openclaw-backup-${stamp}.tgz`);
  await tar.c({
    gzip: true,
    file: tmp,
    cwd: STATE,
    portable: true,
    filter: (p) => !/(^|\/)(node_modules|\.cache|logs)(\/|$)/.test(p) && (cfg.includeSessions !== false || !/\/sessions\//.test(p))
  }, ["."]);
  const blob = encrypt(fs.readFileSync(tmp), pass);
  fs.rmSync(tmp, { force: true });
  const name = `openclaw-${os.hostname()}-${stamp}.ocbk`;

  if (cfg.destination.startsWith("s3://")) {
    const local = path.join(os.tmpdir(), name);
    fs.writeFileSync(local, blob, { mode: 0o600 });
    const args = ["s3", "cp", local, `${cfg.destination.replace(/\/$/, "")}/${name}`, "--only-show-errors", "--sse", "AES256"];
    if (cfg.awsProfile) args.push("--profile", cfg.awsProfile);
    try { execFileSync("aws", args, { stdio: "inherit" }); } finally { fs.rmSync(local, { force: true }); }
    return `${cfg.destination}/${name}`;
  }

  const dir = expand(cfg.destination);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out = path.join(dir, name);
  fs.writeFileSync(out, blob, { mode: 0o600 });
  prune(dir, cfg.keep ?? 14);
  return out;
}

function prune(dir: string, keep: number) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ocbk")).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, f));
}
