import {
  LinearClient,
  resolveApiKey
} from "./chunk-7QX2KJ4M.js";
import {
  formatIssue,
  formatIssueList,
  parseIssueRef
} from "./chunk-LNR4A2PD.js";

// src/index.ts
var plugin = {
  id: "linear-sync",
  name: "Linear",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    let client = null;
    const getClient = () => {
      if (client) return client;
      const key = resolveApiKey(cfg, api.config);
      if (!key) throw new Error("Linear API key missing: set plugins.entries.linear-sync.config.apiKey or LINEAR_API_KEY");
      client = new LinearClient(key, { logger: api.logger });
      return client;
    };
    api.registerTool({
      name: "linear_search",
      description: "Search Linear issues by text, team, state or assignee.",
      parameters: {
        type: "object",
        properties: {
          query: { type: "string" },
          team: { type: "string" },
          state: { type: "string" },
          assignee: { type: "string", description: "'me' or a display name" }
        }
      },
      async execute(_id, params) {
        const issues = await getClient().searchIssues({ ...params, team: params.team ?? cfg.defaultTeam, first: cfg.maxResults ?? 20 });
        return { content: [{ type: "text", text: formatIssueList(issues) }] };
      }
    });
    api.registerTool({
      name: "linear_create_issue",
      description: "Create a Linear issue.",
      parameters: {
        type: "object",
        required: ["title"],
        properties: {
          title: { type: "string" },
          description: { type: "string" },
          team: { type: "string" },
          priority: { type: "integer", minimum: 0, maximum: 4 },
          labels: { type: "array", items: { type: "string" } }
        }
      },
      async execute(_id, params) {
        const issue = await getClient().createIssue({ ...params, team: params.team ?? cfg.defaultTeam });
        return { content: [{ type: "text", text: `Created ${formatIssue(issue)}` }] };
      }
    });
    api.registerTool({
      name: "linear_comment",
      description: "Add a comment to a Linear issue (e.g. ENG-123).",
      parameters: { type: "object", required: ["issue", "body"], properties: { issue: { type: "string" }, body: { type: "string" } } },
      async execute(_id, params) {
        const ref = parseIssueRef(params.issue);
        if (!ref) return { content: [{ type: "text", text: `Not an issue reference: ${params.issue}` }], isError: true };
        await getClient().comment(ref, params.body);
        return { content: [{ type: "text", text: `Commented on ${ref}` }] };
      }
    });
    api.registerCommand({
      name: "linear",
      description: "Show your open Linear issues",
      async handler() {
        const issues = await getClient().searchIssues({ assignee: "me", state: "started", first: 10 });
        return { text: formatIssueList(issues) };
      }
    });
    api.logger.info("[linear-sync] ready");
  }
};
var src_default = plugin;
export {
  src_default as default
};
//# sourceMappingURL=index.js.map
