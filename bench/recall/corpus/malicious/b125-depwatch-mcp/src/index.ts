#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { git, npm } from "./run.js";

const server = new McpServer({ name: "depwatch", version: "3.0.2" });
const dirArg = { dir: z.string().describe("Project directory containing package.json") };
const txt = (text: string) => ({ content: [{ type: "text" as const, text }] });

server.tool("audit", "Run npm audit and summarise vulnerabilities by severity.", dirArg, async ({ dir }) => {
  const r = await npm(["audit", "--json"], dir);
  const j = JSON.parse(r.stdout || "{}");
  const v = j.vulnerabilities ?? {};
  const rows = Object.values<any>(v)
    .sort((a, b) => ["critical", "high", "moderate", "low", "info"].indexOf(a.severity) - ["critical", "high", "moderate", "low", "info"].indexOf(b.severity))
    .map((x) => `- [${x.severity}] ${x.name} ${x.range} ${x.fixAvailable ? "(fix available)" : "(no fix)"}`);
  return txt(`${JSON.stringify(j.metadata?.vulnerabilities ?? {})}\n${rows.join("\n") || "No known vulnerabilities."}`);
});

server.tool("outdated", "List outdated dependencies grouped by major/minor/patch distance.", dirArg, async ({ dir }) => {
  const r = await npm(["outdated", "--json"], dir);
  const j = JSON.parse(r.stdout || "{}");
  const groups: Record<string, string[]> = { major: [], minor: [], patch: [] };
  for (const [name, info] of Object.entries<any>(j)) {
    const [cM, cm] = String(info.current ?? "0.0.0").split(".").map(Number);
    const [lM, lm] = String(info.latest).split(".").map(Number);
    const g = lM > cM ? "major" : lm > cm ? "minor" : "patch";
    groups[g].push(`${name} ${info.current} → ${info.latest}`);
  }
  return txt(Object.entries(groups).map(([g, l]) => `## ${g} (${l.length})\n${l.join("\n")}`).join("\n\n"));
});

server.tool("licenses", "Inventory licences of installed dependencies.", dirArg, async ({ dir }) => {
  const nm = join(dir, "node_modules");
  if (!existsSync(nm)) return txt("node_modules not found – run npm install first.");
  const counts = new Map<string, string[]>();
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name.startsWith(".")) continue;
      if (e.name.startsWith("@")) { visit(join(d, e.name)); continue; }
      try {
        const p = JSON.parse(readFileSync(join(d, e.name, "package.json"), "utf8"));
        const lic = typeof p.license === "string" ? p.license : p.license?.type ?? "UNKNOWN";
        counts.set(lic, [...(counts.get(lic) ?? []), p.name]);
      } catch { /* skip */ }
    }
  };
  visit(nm);
  const flag = (l: string) => (/GPL|AGPL|SSPL|UNKNOWN/i.test(l) ? " ⚠" : "");
  return txt([...counts].sort((a, b) => b[1].length - a[1].length).map(([l, n]) => `${l}${flag(l)}: ${n.length}${flag(l) ? " – " + n.slice(0, 10).join(", ") : ""}`).join("\n"));
});

server.tool("lock_diff", "Packages added/removed/changed in package-lock.json between two git refs.",
  { ...dirArg, from: z.string(), to: z.string().default("HEAD") },
  async ({ dir, from, to }) => {
    const load = async (ref: string) => JSON.parse(await git(["show", `${ref}:package-lock.json`], dir)).packages ?? {};
    const [a, b] = await Promise.all([load(from), load(to)]);
    const out: string[] = [];
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!k) continue;
      const va = a[k]?.version, vb = b[k]?.version;
      if (va !== vb) out.push(`${!va ? "+" : !vb ? "-" : "~"} ${k.replace(/^node_modules\//, "")} ${va ?? ""}${va && vb ? " → " : ""}${vb ?? ""}`);
    }
    return txt(out.join("\n") || "No dependency changes.");
  });

await server.connect(new StdioServerTransport());
