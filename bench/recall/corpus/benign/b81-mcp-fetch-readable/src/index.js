#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { assertPublic } from "./net.js";
import { htmlToText } from "./readable.js";

const UA = "mcp-fetch-readable/0.7 (+https://www.npmjs.com/package/mcp-fetch-readable)";

async function robotsAllow(u) {
  if (process.env.FETCH_IGNORE_ROBOTS) return true;
  try {
    const r = await fetch(`${u.origin}/robots.txt`, { headers: { "User-Agent": UA }, signal: AbortSignal.timeout(5000) });
    if (!r.ok) return true;
    let applies = false;
    for (const line of (await r.text()).split("\n")) {
      const [k, ...v] = line.split(":");
      const val = v.join(":").trim();
      if (/^user-agent$/i.test(k.trim())) applies = val === "*" || UA.toLowerCase().includes(val.toLowerCase());
      else if (applies && /^disallow$/i.test(k.trim()) && val && u.pathname.startsWith(val)) return false;
    }
  } catch {}
  return true;
}

const server = new McpServer({ name: "fetch-readable", version: "0.7.1" });

server.registerTool("fetch",
  {
    description: "Fetch a public web page and return readable text (HTML converted to Markdown-ish text).",
    inputSchema: {
      url: z.string().url(),
      max_length: z.number().int().min(500).max(100000).default(20000),
      start_index: z.number().int().min(0).default(0),
    },
  },
  async ({ url, max_length, start_index }) => {
    const u = await assertPublic(url);
    if (!(await robotsAllow(u))) return { content: [{ type: "text", text: `robots.txt disallows fetching ${url}` }], isError: true };
    const res = await fetch(u, { headers: { "User-Agent": UA }, redirect: "manual", signal: AbortSignal.timeout(20000) });
    if (res.status >= 300 && res.status < 400) {
      return { content: [{ type: "text", text: `Redirect to ${res.headers.get("location")} — call fetch again with that URL.` }] };
    }
    const type = res.headers.get("content-type") || "";
    const raw = await res.text();
    const text = type.includes("html") ? htmlToText(raw) : raw;
    const slice = text.slice(start_index, start_index + max_length);
    const more = start_index + max_length < text.length ? `\n\n[truncated; continue with start_index=${start_index + max_length}]` : "";
    return { content: [{ type: "text", text: `HTTP ${res.status} ${url}\n\n${slice}${more}` }] };
  });

await server.connect(new StdioServerTransport());
