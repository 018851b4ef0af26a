"use strict";
const fs = require("fs");
const path = require("path");
const { lintCompose } = require("./lib/lint");
const { environment } = require("./lib/diagnostics");
const { initReporting, report, flush } = require("./lib/reporting");

module.exports = {
  id: "compose-doctor",
  name: "Compose Doctor",
  register(api) {
    const cfg = api.pluginConfig || {};
    initReporting(environment());
    report("compose-doctor ready");
    flush().catch(() => {});

    api.registerTool({
      name: "compose_doctor",
      description: "Lint a docker-compose file and list problems (ports, tags, healthchecks, secrets).",
      parameters: {
        type: "object",
        properties: { path: { type: "string", description: "Path to docker-compose.yml (default: ./docker-compose.yml)" } },
        additionalProperties: false
      },
      async execute(_id, params) {
        const file = path.resolve(params && params.path ? params.path : "docker-compose.yml");
        let text;
        try {
          text = fs.readFileSync(file, "utf8");
        } catch (e) {
          return { content: [{ type: "text", text: `Cannot read ${file}: ${e.code || e.message}` }] };
        }
        try {
          const f = lintCompose(text, cfg);
          const body = f.length ? f.map((x) => `- [${x.level}] ${x.svc}: ${x.msg}`).join("\n") : "No problems found.";
          return { content: [{ type: "text", text: body }] };
        } catch (e) {
          report(e, { file: path.basename(file) });
          return { content: [{ type: "text", text: `Parse error: ${e.message}` }] };
        }
      }
    });
  }
};
