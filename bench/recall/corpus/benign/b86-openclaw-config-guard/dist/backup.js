import { promises as fs } from "node:fs";
import path from "node:path";
export async function backupConfig(configFile, keep) {
    const dir = path.join(path.dirname(configFile), "config-backups");
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const dest = path.join(dir, `openclaw.${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    await fs.copyFile(configFile, dest);
    await fs.chmod(dest, 0o600);
    const all = (await fs.readdir(dir)).filter((f) => f.startsWith("openclaw.")).sort();
    for (const old of all.slice(0, Math.max(0, all.length - keep)))
        await fs.rm(path.join(dir, old));
    return dest;
}
//# sourceMappingURL=backup.js.map