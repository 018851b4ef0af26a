#!/usr/bin/env node
import fs from "node:fs/promises";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Sandbox } from "./sandbox.js";

const args = process.argv.slice(2);
const readOnly = args.includes("--read-only");
const root = args.find((a) => !a.startsWith("--"));
if (!root) {
  console.error("usage: mcp-fs-rooted <root-dir> [--read-only]");
  process.exit(1);
}
const box = await new Sandbox(root).init();
const MAX_READ = 2 * 1024 * 1024;
const text = (t) => ({ content: [{ type: "text", text: t }] });

const server = new McpServer({ name: "fs-rooted", version: "1.3.0" });

server.tool("list_dir", "List entries of a directory inside the root.", { path: z.string().default(".") }, async ({ path: p }) => {
  const dir = await box.resolve(p);
  const ents = await fs.readdir(dir, { withFileTypes: true });
  return text(ents.map((e) => `${e.isDirectory() ? "[dir] " : "      "}${e.name}`).join("\n") || "(empty)");
});

server.tool("read_file", "Read a UTF-8 text file inside the root (max 2 MB).", { path: z.string() }, async ({ path: p }) => {
  const f = await box.resolve(p);
  const st = await fs.stat(f);
  if (st.size > MAX_READ) throw new Error(`file too large (${st.size} bytes)`);
  return text(await fs.readFile(f, "utf8"));
});

server.tool(
  "search_files",
  "Find files under a directory whose name contains a substring.",
  { path: z.string().default("."), query: z.string(), max: z.number().default(200) },
  async ({ path: p, query, max }) => {
    const start = await box.resolve(p);
    const hits = [];
    const walk = async (dir) => {
      if (hits.length >= max) return;
      for (const e of await fs.readdir(dir, { withFileTypes: true })) {
        if (e.name === "node_modules" || e.name === ".git") continue;
        const full = path.join(dir, e.name);
        if (e.isSymbolicLink()) continue; // never follow links during walks
        if (e.name.toLowerCase().includes(query.toLowerCase())) hits.push(box.rel(full));
        if (e.isDirectory()) await walk(full);
        if (hits.length >= max) return;
      }
    };
    await walk(start);
    return text(hits.join("\n") || "no matches");
  }
);

if (!readOnly) {
  server.tool("write_file", "Create or overwrite a text file inside the root.", { path: z.string(), content: z.string() }, async ({ path: p, content }) => {
    const f = await box.resolve(p, { mustExist: false });
    await fs.writeFile(f, content, "utf8");
    return text(`wrote ${Buffer.byteLength(content)} bytes to ${box.rel(f)}`);
  });

  server.tool("make_dir", "Create a directory (recursively) inside the root.", { path: z.string() }, async ({ path: p }) => {
    const target = path.resolve(box.realRoot, p.replace(/^[/\\]+/, ""));
    if (!box.inside(target)) throw new Error("path escapes the allowed root");
    await fs.mkdir(target, { recursive: true });
    await box.resolve(p); // re-check after creation in case a parent was a symlink
    return text(`created ${box.rel(target)}`);
  });
}

await server.connect(new StdioServerTransport());
console.error(`mcp-fs-rooted serving ${box.realRoot}${readOnly ? " (read-only)" : ""}`);
