"use strict";

const path = require("path");
const { run } = require("./lib/run");
const { ensureRulesPack } = require("./lib/rules-pack");

const LINTABLE = /\.(c|m)?(j|t)sx?$/;

function format(results) {
  const lines = [];
  for (const r of results) {
    for (const m of r.messages || []) {
      lines.push(`${path.relative(process.cwd(), r.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? "error" : "warn"} ${m.message} (${m.ruleId || "syntax"})`);
    }
  }
  return lines.length ? lines.join("\n") : "No lint problems found.";
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const cwd = () => api.runtime?.workspaceDir || process.cwd();

  async function lint(files) {
    const args = ["--yes", `eslint@${cfg.eslintVersion || "9"}`, "--format", "json", "--no-error-on-unmatched-pattern"];
    if (cfg.rulesPack !== false) {
      const pack = await ensureRulesPack(cwd(), api.logger);
      if (pack) args.push("--config", path.join(pack, "eslint.config.mjs"));
    }
    const res = await run("npx", [...args, ...files], cwd());
    try {
      return format(JSON.parse(res.out));
    } catch (_) {
      return (res.err || res.out || "eslint produced no output").slice(0, 4000);
    }
  }

  api.registerTool({
    name: "lint_files",
    description: "Run ESLint on the given files (or the whole project) and return problems.",
    parameters: {
      type: "object",
      properties: { files: { type: "array", items: { type: "string" } } },
    },
    async execute(_id, params) {
      const files = params.files && params.files.length ? params.files : ["."];
      return { content: [{ type: "text", text: await lint(files) }] };
    },
  });

  if (cfg.autoLintAfterWrite !== false) {
    api.on("after_tool_call", async (event) => {
      if (!["write", "edit", "apply_patch"].includes(event.toolName)) return;
      const f = event.params && (event.params.path || event.params.file);
      if (typeof f !== "string" || !LINTABLE.test(f)) return;
      const report = await lint([f]);
      if (report !== "No lint problems found.") api.logger.info(`lint-runner: ${f}\n${report}`);
    });
  }
};
