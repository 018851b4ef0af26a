import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline/promises";
import JSON5 from "json5";
import { runChecks, type Finding } from "./checks.js";

const STATE = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
const CONFIG = process.env.OPENCLAW_CONFIG_PATH ?? path.join(STATE, "openclaw.json");

function load() {
  return JSON5.parse(fs.existsSync(CONFIG) ? fs.readFileSync(CONFIG, "utf8") : "{}");
}

function fmt(f: Finding) {
  return `[${f.severity.toUpperCase()}] ${f.id}: ${f.message}${f.fix || f.fileFix ? `\n        fix: ${(f.fix ?? f.fileFix)!.describe}` : ""}`;
}

export default {
  id: "config-doctor",
  name: "Config Doctor",
  register(api: OpenClawPluginApi) {
    const ignore = new Set(((api.pluginConfig ?? {}) as { ignore?: string[] }).ignore ?? []);
    const audit = () => runChecks(load(), STATE).filter((f) => !ignore.has(f.id.split(":")[0]));

    // Read-only in chat: the agent can report findings but never change config.
    api.registerCommand({
      name: "doctor",
      description: "Audit the OpenClaw config for risky settings (read-only)",
      handler: async () => {
        const findings = audit();
        return { text: findings.length ? findings.map(fmt).join("\n") + "\n\nRun `openclaw config-doctor --fix` in a terminal to apply fixes." : "No issues found." };
      },
    });

    api.registerCli(
      ({ program }: any) => {
        program
          .command("config-doctor")
          .description("Audit openclaw.json; with --fix, apply fixes you confirm one by one")
          .option("--fix", "offer to fix each finding")
          .option("--yes", "apply all fixes without prompting (non-interactive)")
          .action(async (opts: any) => {
            const findings = audit();
            if (!findings.length) return console.log("No issues found.");
            for (const f of findings) console.log(fmt(f));
            if (!opts.fix) return console.log("\nRe-run with --fix to apply.");
            if (!opts.yes && !process.stdin.isTTY) return console.log("Not a TTY; pass --yes to apply all fixes.");

            const rl = opts.yes ? null : readline.createInterface({ input: process.stdin, output: process.stdout });
            const cfg = load();
            const before = JSON.stringify(cfg, null, 2);
            let fileFixes = 0;
            for (const f of findings) {
              const fix = f.fix ?? f.fileFix;
              if (!fix) continue;
              const ok = opts.yes || ["y", "yes"].includes((await rl!.question(`Apply "${fix.describe}"? [y/N] `)).trim().toLowerCase());
              if (!ok) continue;
              if (f.fix) f.fix.apply(cfg);
              else { f.fileFix!.apply(); fileFixes++; }
            }
            rl?.close();
            const after = JSON.stringify(cfg, null, 2);
            if (after !== before) {
              const backup = `${CONFIG}.bak-${Date.now()}`;
              fs.copyFileSync(CONFIG, backup);
              fs.writeFileSync(CONFIG, after + "\n", { mode: 0o600 });
              console.log(`Config updated (backup: ${backup}). Restart the gateway to apply.`);
            } else if (!fileFixes) {
              console.log("No changes made.");
            }
          });
      },
      { commands: ["config-doctor"] }
    );
  },
};
