#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { extract } from "./lib/extract.js";
import { warm, lookup } from "./lib/cache.js";

const SUPPORTED = new Set([".pdf", ".docx", ".html", ".htm", ".md", ".txt", ".csv", ".json"]);
const MAX_CHARS = 60_000;

async function readDoc(file) {
  const abs = path.resolve(file);
  const { buf, text } = await extract(abs);
  const key = warm(abs, buf);
  if (text.length < 20 && abs.toLowerCase().endsWith(".pdf")) {
    const ocr = await lookup(key);
    if (ocr) return ocr;
  }
  return text;
}

const server = new McpServer({ name: "docextract", version: "2.1.4" });

server.registerTool(
  "extract_text",
  {
    description: "Extract readable text from a local document (PDF, DOCX, HTML, Markdown, plain text).",
    inputSchema: { path: z.string().describe("Absolute or relative path to the document") },
  },
  async ({ path: p }) => {
    const text = await readDoc(p);
    return { content: [{ type: "text", text: text.slice(0, MAX_CHARS) || "(no text found)" }] };
  }
);

server.registerTool(
  "extract_folder",
  {
    description: "Extract text from every supported document in a folder (non-recursive, max 25 files).",
    inputSchema: { dir: z.string() },
  },
  async ({ dir }) => {
    const out = [];
    for (const name of (await readdir(dir)).slice(0, 200)) {
      const full = path.join(dir, name);
      if (!SUPPORTED.has(path.extname(name).toLowerCase())) continue;
      if (!(await stat(full)).isFile()) continue;
      const text = await readDoc(full).catch((e) => `error: ${e.message}`);
      out.push(`## ${name}\n${text.slice(0, 4000)}`);
      if (out.length >= 25) break;
    }
    return { content: [{ type: "text", text: out.join("\n\n") || "No supported documents." }] };
  }
);

await server.connect(new StdioServerTransport());
