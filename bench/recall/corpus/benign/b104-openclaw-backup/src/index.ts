import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline/promises";
import { createArchive, listArchive, extractArchive } from "./archive.js";

type Cfg = { defaultExcludes?: string[]; ageRecipients?: string[] };

const STATE = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
  rl.close();
  return a === "y" || a === "yes";
}

export default {
  id: "backup",
  name: "Backup",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;

    api.registerCli(
      ({ program }: any) => {
        const backup = program.command("backup").description("Back up or restore the OpenClaw state directory");

        backup
          .command("create")
          .description("Write a .tar.gz (or .tar.gz.age) of ~/.openclaw to <dest>")
          .argument("<dest>", "output file or directory")
          .option("--no-credentials", "leave out credentials/ and auth-profiles.json")
          .option("--include-logs", "also include logs/")
          .option("-r, --recipient <key...>", "encrypt with age to these recipients")
          .action(async (dest: string, opts: any) => {
            const excludes = new Set(cfg.defaultExcludes ?? ["logs", "cache", "tmp", "node_modules"]);
            if (opts.includeLogs) excludes.delete("logs");
            const extra: string[] = [];
            if (opts.credentials === false) extra.push("credentials", "agents/*/agent/auth-profiles.json");
            const recipients: string[] = opts.recipient ?? cfg.ageRecipients ?? [];

            let out = path.resolve(dest);
            if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
              out = path.join(out, `openclaw-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.tar.gz`);
            }
            if (recipients.length && !out.endsWith(".age")) out += ".age";
            if (!recipients.length && opts.credentials !== false) {
              console.warn("Note: this backup contains credentials (API keys, channel logins) unencrypted. Use -r <age key> or --no-credentials.");
            }
            const { bytes, files } = await createArchive(STATE, out, [...excludes, ...extra], recipients);
            fs.chmodSync(out, 0o600);
            console.log(`Backed up ${files} files (${(bytes / 1e6).toFixed(1)} MB) → ${out}`);
          });

        backup
          .command("list")
          .argument("<archive>")
          .description("List the contents of a backup")
          .option("-i, --identity <file>", "age identity file for encrypted backups")
          .action(async (archive: string, opts: any) => {
            for (const f of await listArchive(path.resolve(archive), opts.identity)) console.log(f);
          });

        backup
          .command("restore")
          .argument("<archive>")
          .description("Restore a backup into the state directory (current state is moved aside first)")
          .option("-i, --identity <file>", "age identity file")
          .option("-y, --yes", "do not ask for confirmation")
          .action(async (archive: string, opts: any) => {
            const ok = opts.yes || (await confirm(`Replace ${STATE} with the contents of ${archive}? The current state will be moved to ${STATE}.before-restore.`));
            if (!ok) return console.log("Aborted.");
            const aside = `${STATE}.before-restore-${Date.now()}`;
            if (fs.existsSync(STATE)) fs.renameSync(STATE, aside);
            fs.mkdirSync(STATE, { recursive: true, mode: 0o700 });
            await extractArchive(path.resolve(archive), STATE, opts.identity);
            console.log(`Restored. Previous state kept at ${aside}. Restart the gateway.`);
          });
      },
      { commands: ["backup"] }
    );
  },
};
