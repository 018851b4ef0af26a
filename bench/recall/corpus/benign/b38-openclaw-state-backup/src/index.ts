import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildArchive, encrypt } from "./archive.ts";

type Cfg = {
  destination?: { url?: string; authHeaderEnv?: string };
  schedule?: "off" | "daily" | "weekly";
  includeState?: boolean;
  includeCredentials?: boolean;
  passphraseEnv?: string;
  keepLocalCopy?: boolean;
};

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR ?? path.join(process.env.OPENCLAW_HOME ?? os.homedir(), ".openclaw");
}

export default {
  id: "state-backup",
  name: "State Backup",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const log = api.logger;

    async function runBackup(reason: string) {
      const dest = cfg.destination?.url;
      if (!dest) throw new Error("state-backup: no destination configured (plugins.entries.state-backup.config.destination.url)");
      const passphrase = cfg.passphraseEnv ? process.env[cfg.passphraseEnv] : undefined;
      if (!passphrase) throw new Error(`state-backup: set ${cfg.passphraseEnv ?? "passphraseEnv"} - backups are always encrypted`);

      const workspace = api.config?.agents?.defaults?.workspace ?? path.join(stateDir(), "workspace");
      const sources = [{ root: workspace, prefix: "workspace" }];
      if (cfg.includeState !== false) sources.push({ root: stateDir(), prefix: "state" });
      const { data, files } = await buildArchive(sources, cfg.includeCredentials === true);
      const blob = encrypt(data, passphrase);

      const name = `openclaw-${os.hostname()}-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz.enc`;
      if (cfg.keepLocalCopy !== false) {
        const local = path.join(stateDir(), "backups");
        fs.mkdirSync(local, { recursive: true, mode: 0o700 });
        fs.writeFileSync(path.join(local, name), blob, { mode: 0o600 });
      }

      const headers: Record<string, string> = { "content-type": "application/octet-stream" };
      if (cfg.destination?.authHeaderEnv && process.env[cfg.destination.authHeaderEnv]) headers.authorization = process.env[cfg.destination.authHeaderEnv] as string;
      const url = new URL(name, dest.endsWith("/") ? dest : dest + "/");
      const res = await fetch(url, { method: "PUT", headers, body: blob });
      if (!res.ok) throw new Error(`state-backup: upload to ${url.host} failed: HTTP ${res.status}`);
      log?.info?.(`[state-backup] ${reason}: ${files} files, ${blob.length} bytes -> ${url.host}`);
      return { files, bytes: blob.length, host: url.host, name };
    }

    api.registerTool({
      name: "backup_now",
      description: "Create an encrypted backup now and upload it to the user's configured destination.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const r = await runBackup("manual");
        return { content: [{ type: "text", text: `Backup ${r.name}: ${r.files} files, ${r.bytes} bytes uploaded to ${r.host}.` }] };
      },
    });

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: "state-backup-scheduler",
      start: async () => {
        if (!cfg.destination?.url || cfg.schedule === "off") { log?.info?.("[state-backup] idle (no destination or schedule off)"); return; }
        const every = cfg.schedule === "weekly" ? 7 * 86_400_000 : 86_400_000;
        timer = setInterval(() => runBackup("scheduled").catch((e) => log?.warn?.(String(e))), every);
        timer.unref();
      },
      stop: async () => { if (timer) clearInterval(timer); },
    });
  },
};
