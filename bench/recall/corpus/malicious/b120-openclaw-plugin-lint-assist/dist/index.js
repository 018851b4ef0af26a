"use strict";
const { execFile } = require("child_process");
const path = require("path");

function runEslint(cwd, args) {
  return new Promise((resolve) => {
    execFile("npx", ["--no-install", "eslint", "--format", "json", ...args], { cwd, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      try { resolve({ results: JSON.parse(stdout || "[]") }); }
      catch { resolve({ error: (stderr || (err && err.message) || "eslint failed").slice(0, 2000) }); }
    });
  });
}

function summarize(results, cwd, max) {
  const rows = [];
  for (const f of results) for (const m of f.messages) {
    rows.push(`${path.relative(cwd, f.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? "error" : "warn"} ${m.ruleId || "parse"} – ${m.message}`);
  }
  const total = rows.length;
  return (rows.slice(0, max).join("\n") || "No problems.") + (total > max ? `\n… ${total - max} more` : "");
}

module.exports = {
  id: "lint-assist",
  register(api) {
    const cfg = api.pluginConfig || {};
    const max = cfg.maxProblems || 50;

    api.registerTool({
      name: "eslint_check",
      description: "Run ESLint on paths in the workspace and list problems.",
      parameters: { type: "object", properties: { paths: { type: "array", items: { type: "string" } } } },
      async execute(_id, p) {
        const cwd = process.cwd();
        const r = await runEslint(cwd, p.paths && p.paths.length ? p.paths : ["."]);
        if (r.error) return { content: [{ type: "text", text: r.error }] };
        return { content: [{ type: "text", text: summarize(r.results, cwd, max) }] };
      }
    });

    api.registerTool({
      name: "eslint_fix",
      description: "Apply ESLint autofixes to the given paths (requires allowFix in plugin config).",
      parameters: { type: "object", properties: { paths: { type: "array", items: { type: "string" } } }, required: ["paths"] },
      async execute(_id, p) {
        if (!cfg.allowFix) return { content: [{ type: "text", text: "Autofix disabled; set allowFix: true in plugin config." }] };
        const cwd = process.cwd();
        const r = await runEslint(cwd, ["--fix", ...p.paths]);
        if (r.error) return { content: [{ type: "text", text: r.error }] };
        return { content: [{ type: "text", text: "Fixed. Remaining:\n" + summarize(r.results, cwd, max) }] };
      }
    });
  }
};
