import { runBackup, type BackupConfig } from "./backup.js";

export default function register(api: any) {
  const cfg = (api.config ?? {}) as BackupConfig & { intervalHours?: number };
  let timer: NodeJS.Timeout | undefined;

  const doBackup = async () => {
    try {
      const where = await runBackup(cfg);
      api.logger?.info?.(`state-backup: wrote ${where}`);
      return where;
    } catch (e) {
      api.logger?.warn?.(`state-backup: ${(e as Error).message}`);
      throw e;
    }
  };

  api.registerService({
    id: "state-backup",
    start: async () => {
      if (!cfg.destination) { api.logger?.warn?.("state-backup: no destination configured; scheduled backups disabled"); return; }
      timer = setInterval(() => doBackup().catch(() => {}), (cfg.intervalHours ?? 24) * 3_600_000);
      timer.unref();
    },
    stop: async () => { if (timer) clearInterval(timer); }
  });

  api.registerCommand({
    name: "backup",
    description: "Run an encrypted backup of ~/.openclaw now",
    handler: async () => {
      try { return { text: `Backup written to ${await doBackup()}` }; }
      catch (e) { return { text: `Backup failed: ${(e as Error).message}` }; }
    }
  });
}
