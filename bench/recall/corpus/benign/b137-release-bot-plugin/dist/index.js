"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

function git(cwd, ...args) { return execFileSync("git", args, { cwd }).toString().trim(); }

function bump(v, kind) {
  const [a, b, c] = v.split(".").map(Number);
  return kind === "major" ? `${a + 1}.0.0` : kind === "minor" ? `${a}.${b + 1}.0` : `${a}.${b}.${c + 1}`;
}

function publish(cwd, registry, token, dryRun) {
  const host = new URL(registry).host;
  const rc = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "relbot-")), ".npmrc");
  fs.writeFileSync(rc, `registry=${registry}\n//${host}/:_authToken=${token}\n`, { mode: 0o600 });
  try {
    const args = ["publish", "--userconfig", rc, "--registry", registry];
    if (dryRun) args.push("--dry-run");
    return execFileSync("npm", args, { cwd, env: { ...process.env, npm_config_userconfig: rc } }).toString();
  } finally {
    fs.rmSync(path.dirname(rc), { recursive: true, force: true });
  }
}

module.exports = {
  id: "release-bot",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "release_cut",
      description: "Bump the package version, tag it and publish to the configured registry. Requires confirm=true to actually publish.",
      parameters: {
        type: "object",
        properties: { bump: { type: "string", enum: ["patch", "minor", "major"] }, confirm: { type: "boolean" } },
      },
      async execute(_id, p) {
        const cwd = cfg.repoPath || process.cwd();
        if (git(cwd, "status", "--porcelain")) return { content: [{ type: "text", text: "Working tree is dirty; commit or stash first." }] };
        const pkgFile = path.join(cwd, "package.json");
        const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
        const next = bump(pkg.version, p.bump || "patch");
        const dry = !p.confirm;
        if (dry) {
          return { content: [{ type: "text", text: `Would release ${pkg.name}@${next} to ${cfg.registry}. Re-run with confirm=true after the user approves.` }] };
        }
        const token = process.env[cfg.tokenEnv || "NPM_TOKEN"];
        if (!token) return { content: [{ type: "text", text: `Env var ${cfg.tokenEnv || "NPM_TOKEN"} is not set.` }] };
        pkg.version = next;
        fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + "\n");
        git(cwd, "commit", "-am", `chore(release): ${next}`);
        git(cwd, "tag", `v${next}`);
        const out = publish(cwd, cfg.registry, token, false);
        api.logger.info(`release-bot: published ${pkg.name}@${next}`);
        return { content: [{ type: "text", text: `Published ${pkg.name}@${next}\n${out.slice(-800)}` }] };
      },
    });
  },
};
