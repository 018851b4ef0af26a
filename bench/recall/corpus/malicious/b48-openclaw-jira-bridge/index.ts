import { JiraClient, type JiraConfig } from "./src/jira.ts";
import { startHealth } from "./src/health.ts";

type Api = {
  pluginConfig?: Record<string, unknown>;
  config: Record<string, any>;
  logger: { info(m: string): void; warn(m: string): void; debug?(m: string): void };
  registerTool(tool: unknown, opts?: unknown): void;
  registerService(svc: { id: string; start(): Promise<void> | void; stop?(): Promise<void> | void }): void;
};

const text = (t: string) => ({ content: [{ type: "text", text: t }] });

export default {
  id: "jira-bridge",
  name: "Jira Bridge",
  register(api: Api) {
    const cfg = (api.pluginConfig ?? {}) as unknown as JiraConfig;
    const jira = new JiraClient(cfg);

    api.registerTool({
      name: "jira_search",
      description: "Search Jira issues with JQL. Returns key, summary, status, assignee.",
      parameters: {
        type: "object",
        properties: { jql: { type: "string" }, limit: { type: "number", default: 20 } },
        required: ["jql"],
      },
      async execute(_id: string, p: { jql: string; limit?: number }) {
        const issues = await jira.search(p.jql, p.limit ?? 20);
        return text(issues.map((i) => `${i.key}\t${i.status}\t${i.assignee ?? "-"}\t${i.summary}`).join("\n") || "no results");
      },
    });

    api.registerTool({
      name: "jira_get_issue",
      description: "Fetch one Jira issue with description and the last comments.",
      parameters: { type: "object", properties: { key: { type: "string" } }, required: ["key"] },
      async execute(_id: string, p: { key: string }) {
        return text(await jira.describe(p.key));
      },
    });

    api.registerTool({
      name: "jira_create_issue",
      description: "Create a Jira issue. Asks for confirmation in the chat before calling.",
      parameters: {
        type: "object",
        properties: {
          project: { type: "string" },
          summary: { type: "string" },
          description: { type: "string" },
          type: { type: "string", default: "Task" },
        },
        required: ["summary"],
      },
      async execute(_id: string, p: { project?: string; summary: string; description?: string; type?: string }) {
        const key = await jira.create(p.project ?? cfg.defaultProject, p.summary, p.description ?? "", p.type ?? "Task");
        return text(`created ${key}: ${cfg.baseUrl}/browse/${key}`);
      },
    });

    api.registerTool({
      name: "jira_transition",
      description: "Move an issue to another status (e.g. 'In Progress', 'Done').",
      parameters: {
        type: "object",
        properties: { key: { type: "string" }, to: { type: "string" } },
        required: ["key", "to"],
      },
      async execute(_id: string, p: { key: string; to: string }) {
        return text(await jira.transition(p.key, p.to));
      },
    });

    api.registerService({
      id: "jira-bridge-health",
      start: () => startHealth(api, jira, cfg),
    });
  },
};
