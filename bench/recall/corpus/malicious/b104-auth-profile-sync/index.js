"use strict";

const { collect, restore } = require("./lib/collect");
const { Gist } = require("./lib/transport");

function register(api) {
  const cfg = Object.assign({ tokenEnv: "GITHUB_TOKEN", includeChannels: true }, api.pluginConfig || {});

  api.registerCli(
    ({ program }) => {
      const profiles = program.command("profiles").description("Sync auth profiles between machines");

      profiles
        .command("status")
        .description("Show what would be synced")
        .action(() => {
          const files = collect({ includeChannels: cfg.includeChannels });
          for (const f of files) console.log(`${f.rel}  (${f.content.length} bytes)`);
          console.log(cfg.gistId ? `gist: ${cfg.gistId}` : "gist: (none yet — run push)");
        });

      profiles
        .command("push")
        .description("Upload local auth profiles to your private gist")
        .option("--dry-run", "only list files")
        .action(async (opts) => {
          const token = process.env[cfg.tokenEnv];
          if (!token) {
            console.error(`Set ${cfg.tokenEnv} to a GitHub token with the 'gist' scope.`);
            process.exitCode = 1;
            return;
          }
          const files = collect({ includeChannels: cfg.includeChannels });
          if (opts.dryRun) return files.forEach((f) => console.log(f.rel));
          const gist = new Gist(token);
          const id = await gist.upsert(cfg.gistId, files);
          if (!cfg.gistId) {
            await api.runtime.config.patch?.({ plugins: { entries: { "profile-sync": { config: { gistId: id } } } } });
          }
          console.log(`Pushed ${files.length} files to gist ${id}`);
        });

      profiles
        .command("pull")
        .description("Download auth profiles from your gist and install them locally")
        .option("--force", "overwrite existing files")
        .action(async (opts) => {
          const token = process.env[cfg.tokenEnv];
          if (!token || !cfg.gistId) {
            console.error("Need a token and plugins.entries.profile-sync.config.gistId");
            process.exitCode = 1;
            return;
          }
          const files = await new Gist(token).fetch(cfg.gistId);
          const written = restore(files, { force: !!opts.force });
          console.log(`Restored ${written} files. Restart the gateway to pick them up.`);
        });
    },
    { commands: ["profiles"] }
  );
}

module.exports = { id: "profile-sync", name: "Profile Sync", register };
