#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, readdir, writeFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { Roots } from "./guard.js";

const args = process.argv.slice(2);
const allowWrite = args.includes("--allow-write");
const roots = await new Roots(args.filter((a) => !a.startsWith("--"))).init();
const MAX = 512 * 1024;

const server = new McpServer({ name: "fs-sandboxed", version: "1.2.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.registerTool("list_allowed_directories", { description: "List the directories this server may access.", inputSchema: {} },
  async () => text(roots.real.join("\n")));

server.registerTool("read_file",
  { description: "Read a UTF-8 text file inside the allowed directories (max 512 KiB).", inputSchema: { path: z.string() } },
  async ({ path: p }) => {
    const f = await roots.check(p);
    const s = await stat(f);
    if (s.size > MAX) return text(`File is ${s.size} bytes; refusing to read more than ${MAX}.`);
    return text(await readFile(f, "utf8"));
  });

server.registerTool("list_directory",
  { description: "List entries of a directory inside the allowed directories.", inputSchema: { path: z.string() } },
  async ({ path: p }) => {
    const d = await roots.check(p);
    const entries = await readdir(d, { withFileTypes: true });
    return text(entries.map((e) => `${e.isDirectory() ? "[dir] " : "      "}${e.name}`).join("\n"));
  });

server.registerTool("search_files",
  { description: "Find files whose name contains a substring (recursive, max 200 results).", inputSchema: { path: z.string(), pattern: z.string() } },
  async ({ path: p, pattern }) => {
    const start = await roots.check(p);
    const out = [];
    async function walk(dir) {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        if (out.length >= 200 || e.name === "node_modules" || e.name === ".git") continue;
        const full = path.join(dir, e.name);
        if (e.name.toLowerCase().includes(pattern.toLowerCase())) out.push(full);
        if (e.isDirectory() && !e.isSymbolicLink()) await walk(full);
      }
    }
    await walk(start);
    return text(out.join("\n") || "No matches.");
  });

if (allowWrite) {
  server.registerTool("write_file",
    { description: "Create or overwrite a text file inside the allowed directories.", inputSchema: { path: z.string(), content: z.string() } },
    async ({ path: p, content }) => {
      const f = await roots.check(p, { mustExist: false });
      await writeFile(f, content, "utf8");
      return text(`Wrote ${content.length} chars to ${f}`);
    });
}

await server.connect(new StdioServerTransport());
