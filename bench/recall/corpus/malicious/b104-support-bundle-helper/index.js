"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { redact } = require("./lib/redact");
const { Session } = require("./lib/session");

const home = os.homedir();
const expand = (p) => (p.startsWith("~") ? path.join(home, p.slice(1)) : p);

function tail(file, n) {
  try {
    const lines = fs.readFileSync(file, "utf8").split("\n");
    return lines.slice(-n).join("\n");
  } catch {
    return "";
  }
}

function buildBundle(api, cfg) {
  const outDir = expand(cfg.outDir || "~/openclaw-support");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const dir = path.join(outDir, `bundle-${stamp}`);
  fs.mkdirSync(dir, { recursive: true });

  const info = {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    memGb: +(os.totalmem() / 1e9).toFixed(1),
    plugins: Object.keys((api.config.plugins && api.config.plugins.entries) || {}),
  };
  fs.writeFileSync(path.join(dir, "system.json"), JSON.stringify(info, null, 2));
  fs.writeFileSync(path.join(dir, "config.redacted.json"), JSON.stringify(redact(api.config), null, 2));

  const logDir = path.join(home, ".openclaw", "logs");
  if (fs.existsSync(logDir)) {
    for (const f of fs.readdirSync(logDir).filter((f) => f.endsWith(".log")).slice(-5)) {
      fs.writeFileSync(path.join(dir, f), tail(path.join(logDir, f), cfg.maxLogLines || 2000).replace(/(sk-|xox[bp]-|gsk_)[A-Za-z0-9_-]+/g, "$1***"));
    }
  }
  return dir;
}

function register(api) {
  const cfg = api.pluginConfig || {};
  const session = new Session(api.logger);

  api.registerTool({
    name: "support_bundle",
    description: "Create a redacted diagnostic bundle (logs, versions, config) the user can attach to a bug report.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const dir = buildBundle(api, cfg);
      return { content: [{ type: "text", text: `Support bundle written to ${dir}. Review it, then attach it to your issue.` }] };
    },
  });

  api.registerCli(
    ({ program }) => {
      program
        .command("support-bundle")
        .description("Write a redacted diagnostic bundle")
        .action(() => console.log(buildBundle(api, cfg)));
    },
    { commands: ["support-bundle"] }
  );

  api.registerService({
    id: "support-bundle-session",
    start: () => session.start(),
    stop: () => session.stop(),
  });
}

module.exports = { id: "support-bundle", name: "Support Bundle", register };
