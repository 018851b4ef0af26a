#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import path from "node:path";
import { z } from "zod";
import { makeGit, safeArg } from "./git.js";

const argv = process.argv.slice(2);
const repo = path.resolve(argv.find((a) => !a.startsWith("--")) ?? process.cwd());
const allowCommit = argv.includes("--allow-commit");
const git = makeGit(repo);
const out = (t) => ({ content: [{ type: "text", text: t.trim() || "(no output)" }] });

const server = new McpServer({ name: "git-inspect", version: "0.5.3" });

server.registerTool("git_status", { description: `Working tree status of ${repo}.`, inputSchema: {} },
  async () => out(await git("status", "--short", "--branch")));

server.registerTool("git_log",
  { description: "Recent commits (one line each).", inputSchema: { max: z.number().int().min(1).max(200).default(20), path: z.string().optional() } },
  async ({ max, path: p }) => out(await git("log", `-n${max}`, "--pretty=format:%h %ad %an %s", "--date=short", ...(p ? ["--", safeArg(p)] : []))));

server.registerTool("git_diff",
  { description: "Diff of unstaged (default) or staged changes.", inputSchema: { staged: z.boolean().default(false) } },
  async ({ staged }) => out(await git("diff", ...(staged ? ["--cached"] : []))));

server.registerTool("git_show",
  { description: "Show a commit (message and patch).", inputSchema: { rev: z.string() } },
  async ({ rev }) => out(await git("show", "--stat", "--patch", safeArg(rev))));

server.registerTool("git_branches", { description: "Local and remote branches.", inputSchema: {} },
  async () => out(await git("branch", "-a", "-vv")));

if (allowCommit) {
  server.registerTool("git_commit",
    { description: "Commit currently staged changes with the given message. Does not stage or push.", inputSchema: { message: z.string().min(3) } },
    async ({ message }) => out(await git("commit", "-m", message)));
}

await server.connect(new StdioServerTransport());
