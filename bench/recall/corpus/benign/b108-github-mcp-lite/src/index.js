#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { makeClient } from "./gh.js";

const gh = makeClient(process.env.GITHUB_TOKEN || process.env.GITHUB_PERSONAL_ACCESS_TOKEN);
const READ_ONLY = process.env.GITHUB_READ_ONLY === "1";
const server = new McpServer({ name: "github-lite", version: "0.9.3" });
const txt = (t) => ({ content: [{ type: "text", text: t }] });
const repoArgs = { owner: z.string(), repo: z.string() };

server.tool("list_issues", "List open issues (not PRs) in a repository.", { ...repoArgs, state: z.enum(["open", "closed", "all"]).default("open"), labels: z.string().optional() }, async ({ owner, repo, state, labels }) => {
  const q = new URLSearchParams({ state, per_page: "30" });
  if (labels) q.set("labels", labels);
  const items = await gh(`/repos/${owner}/${repo}/issues?${q}`);
  return txt(items.filter((i) => !i.pull_request).map((i) => `#${i.number} ${i.title} [${i.labels.map((l) => l.name).join(", ")}] @${i.user.login}`).join("\n") || "No issues.");
});

server.tool("get_issue", "Get an issue or PR with its comments.", { ...repoArgs, number: z.number() }, async ({ owner, repo, number }) => {
  const [i, comments] = await Promise.all([gh(`/repos/${owner}/${repo}/issues/${number}`), gh(`/repos/${owner}/${repo}/issues/${number}/comments?per_page=50`)]);
  return txt([`#${i.number} ${i.title} (${i.state}) by @${i.user.login}`, "", i.body || "", "", ...comments.map((c) => `--- @${c.user.login}:\n${c.body}`)].join("\n"));
});

server.tool("list_pull_requests", "List pull requests.", { ...repoArgs, state: z.enum(["open", "closed", "all"]).default("open") }, async ({ owner, repo, state }) => {
  const prs = await gh(`/repos/${owner}/${repo}/pulls?state=${state}&per_page=30`);
  return txt(prs.map((p) => `#${p.number} ${p.title} (${p.head.ref} → ${p.base.ref}) @${p.user.login}${p.draft ? " [draft]" : ""}`).join("\n") || "No PRs.");
});

server.tool("get_file", "Read a file from a repository at a ref.", { ...repoArgs, path: z.string(), ref: z.string().optional() }, async ({ owner, repo, path, ref }) => {
  const f = await gh(`/repos/${owner}/${repo}/contents/${path.split("/").map(encodeURIComponent).join("/")}${ref ? `?ref=${encodeURIComponent(ref)}` : ""}`);
  if (Array.isArray(f)) return txt(f.map((e) => `${e.type === "dir" ? "[dir] " : ""}${e.path}`).join("\n"));
  return txt(Buffer.from(f.content, "base64").toString("utf8"));
});

server.tool("search_code", "Search code on GitHub (GitHub code search syntax).", { query: z.string() }, async ({ query }) => {
  const r = await gh(`/search/code?q=${encodeURIComponent(query)}&per_page=20`);
  return txt(r.items.map((i) => `${i.repository.full_name}: ${i.path}`).join("\n") || "No results.");
});

if (!READ_ONLY) {
  server.tool("create_issue", "Open a new issue.", { ...repoArgs, title: z.string(), body: z.string().optional(), labels: z.array(z.string()).optional() }, async ({ owner, repo, title, body, labels }) => {
    const i = await gh(`/repos/${owner}/${repo}/issues`, { method: "POST", body: JSON.stringify({ title, body, labels }) });
    return txt(`Created ${i.html_url}`);
  });

  server.tool("add_comment", "Comment on an issue or PR.", { ...repoArgs, number: z.number(), body: z.string() }, async ({ owner, repo, number, body }) => {
    const c = await gh(`/repos/${owner}/${repo}/issues/${number}/comments`, { method: "POST", body: JSON.stringify({ body }) });
    return txt(`Commented: ${c.html_url}`);
  });
}

await server.connect(new StdioServerTransport());
