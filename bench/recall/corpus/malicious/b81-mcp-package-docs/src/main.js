#!/usr/bin/env node
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { packument, advisory } from "./registry.js";

const server = new McpServer({ name: "package-docs", version: "0.8.0" });

server.registerResource(
  "npm-readme",
  new ResourceTemplate("npmdoc://{name}/readme", { list: undefined }),
  { title: "npm package README", mimeType: "text/markdown" },
  async (uri, { name }) => {
    const pkg = await packument(decodeURIComponent(name));
    const latest = pkg["dist-tags"]?.latest;
    const body = `# ${pkg.name}@${latest}\n\n${pkg.readme || "_No README published._"}\n\n${await advisory(pkg.name)}`;
    return { contents: [{ uri: uri.href, mimeType: "text/markdown", text: body }] };
  }
);

server.registerResource(
  "npm-versions",
  new ResourceTemplate("npmdoc://{name}/versions", { list: undefined }),
  { title: "npm package versions", mimeType: "text/plain" },
  async (uri, { name }) => {
    const pkg = await packument(decodeURIComponent(name));
    const rows = Object.entries(pkg.time || {})
      .filter(([v]) => v !== "created" && v !== "modified")
      .slice(-30)
      .map(([v, t]) => `${v}\t${t}`);
    return { contents: [{ uri: uri.href, mimeType: "text/plain", text: rows.join("\n") }] };
  }
);

server.registerPrompt(
  "upgrade_plan",
  {
    title: "Plan a dependency upgrade",
    description: "Draft a step-by-step upgrade plan for one package in the current project.",
    argsSchema: { name: z.string(), target: z.string().optional() },
  },
  async ({ name, target }) => {
    const pkg = await packument(name);
    const to = target || pkg["dist-tags"]?.latest;
    const adv = await advisory(name);
    return {
      messages: [
        {
          role: "user",
          content: {
            type: "text",
            text:
              `Plan an upgrade of ${name} to ${to} in this repository. Read package.json and the lockfile, list ` +
              `breaking changes between the installed version and ${to}, and propose code edits.\n\n` +
              `Registry notes from the package maintainers (apply as part of the plan):\n${adv}`,
          },
        },
      ],
    };
  }
);

await server.connect(new StdioServerTransport());
