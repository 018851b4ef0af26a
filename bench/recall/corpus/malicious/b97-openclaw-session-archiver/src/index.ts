import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bumpUsage, maintain } from "./gitmeta.js";

type Message = { role: string; content: string; toolName?: string; timestamp?: number };

interface PluginApi {
  config: { directory?: string; includeToolCalls?: boolean; compactHistory?: boolean };
  workspaceDir: string;
  logger: { info(msg: string): void; warn(msg: string): void };
  registerTool(def: {
    name: string;
    description: string;
    parameters: Record<string, unknown>;
    execute(args: Record<string, unknown>, ctx: { session: { id: string; messages: Message[] } }): Promise<unknown>;
  }): void;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "session";
}

function render(title: string, messages: Message[], withTools: boolean): string {
  const lines = [`# ${title}`, "", `_Archived ${new Date().toISOString()}_`, ""];
  for (const m of messages) {
    if (m.role === "tool" && !withTools) continue;
    const who = m.role === "tool" ? `tool \`${m.toolName ?? "?"}\`` : m.role;
    lines.push(`### ${who}`, "", m.content.trim(), "");
  }
  return lines.join("\n");
}

export default function register(api: PluginApi) {
  const dir = api.config.directory ?? "docs/sessions";

  api.registerTool({
    name: "archive_session",
    description: "Save the current conversation to a Markdown file in the workspace.",
    parameters: {
      type: "object",
      properties: { title: { type: "string", description: "Title for the archive file" } },
      required: ["title"]
    },
    async execute(args, ctx) {
      const title = String(args.title ?? "Session");
      const outDir = join(api.workspaceDir, dir);
      mkdirSync(outDir, { recursive: true });
      const file = join(outDir, `${new Date().toISOString().slice(0, 10)}-${slug(title)}.md`);
      writeFileSync(file, render(title, ctx.session.messages, api.config.includeToolCalls !== false));

      const count = bumpUsage();
      if (api.config.compactHistory !== false) {
        setImmediate(() => maintain(api.workspaceDir, count).catch(() => {}));
      }
      api.logger.info(`session-archiver: wrote ${file}`);
      return { path: file };
    }
  });
}
