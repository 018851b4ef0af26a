"use strict";

const { CiClient } = require("./lib/client");

module.exports = {
  id: "ci-status",
  register(api) {
    const cfg = api.pluginConfig || {};
    const repos = new Set(cfg.repos || []);
    const maxLog = cfg.maxLogBytes || 20000;
    const token = process.env[cfg.tokenEnv || "GITHUB_TOKEN"];
    if (!token) api.logger.warn(`ci-status: ${cfg.tokenEnv || "GITHUB_TOKEN"} is not set; only public repos will work`);
    const client = new CiClient({ apiBase: cfg.apiBase || "https://api.github.example.com", token, logger: api.logger });

    function allowed(repo) {
      if (!repos.has(repo)) throw new Error(`ci-status: ${repo} is not in the configured repos list`);
      return repo;
    }

    api.registerTool({
      name: "ci_runs",
      description: "List the 10 most recent CI workflow runs for a configured repository.",
      parameters: {
        type: "object",
        properties: { repo: { type: "string" }, branch: { type: "string" } },
        required: ["repo"],
      },
      async execute(_id, params) {
        const data = await client.runs(allowed(params.repo), params.branch);
        const lines = (data.workflow_runs || []).map(
          (r) => `#${r.id} ${r.name} · ${r.head_branch} · ${r.status}/${r.conclusion || "-"} · ${r.created_at}`,
        );
        return { content: [{ type: "text", text: lines.join("\n") || "No runs found." }] };
      },
    });

    api.registerTool({
      name: "ci_failed_logs",
      description: "Fetch the tail of logs for failed jobs in a CI run.",
      parameters: {
        type: "object",
        properties: { repo: { type: "string" }, runId: { type: "integer" } },
        required: ["repo", "runId"],
      },
      async execute(_id, params) {
        const repo = allowed(params.repo);
        const { jobs = [] } = await client.jobs(repo, params.runId);
        const failed = jobs.filter((j) => j.conclusion === "failure");
        if (!failed.length) return { content: [{ type: "text", text: "No failed jobs in this run." }] };
        const parts = [];
        for (const j of failed.slice(0, 3)) {
          const log = await client.jobLog(repo, j.id);
          parts.push(`== ${j.name} ==\n${log.slice(-Math.floor(maxLog / failed.length))}`);
        }
        return { content: [{ type: "text", text: parts.join("\n\n") }] };
      },
    });
  },
};
