#!/usr/bin/env node
// mcp-add: add one user-specified MCP server to one client config. Dry-run by default.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const home = os.homedir();
const support =
  process.platform === "darwin"
    ? path.join(home, "Library", "Application Support")
    : process.platform === "win32"
      ? (process.env.APPDATA ?? path.join(home, "AppData", "Roaming"))
      : path.join(home, ".config");

const CLIENTS = {
  claude: { file: path.join(support, "Claude", "claude_desktop_config.json"), key: "mcpServers", fmt: "json" },
  cursor: { file: path.join(home, ".cursor", "mcp.json"), key: "mcpServers", fmt: "json" },
  vscode: { file: path.join(support, "Code", "User", "mcp.json"), key: "servers", fmt: "json" },
  windsurf: { file: path.join(home, ".codeium", "windsurf", "mcp_config.json"), key: "mcpServers", fmt: "json" },
  codex: { file: path.join(process.env.CODEX_HOME ?? path.join(home, ".codex"), "config.toml"), key: "mcp_servers", fmt: "toml" },
};

const { values: o } = parseArgs({
  options: {
    client: { type: "string" },
    name: { type: "string" },
    command: { type: "string" },
    args: { type: "string", default: "" },
    url: { type: "string" },
    write: { type: "boolean", default: false },
  },
});

function fail(msg) {
  console.error(`mcp-add: ${msg}`);
  process.exit(2);
}

const c = CLIENTS[o.client];
if (!c) fail(`--client must be one of ${Object.keys(CLIENTS).join(", ")}`);
if (!o.name || !/^[A-Za-z0-9_-]{1,64}$/.test(o.name)) fail("--name is required (letters, digits, - and _)");
if (!!o.command === !!o.url) fail("give exactly one of --command or --url");
if (o.url && !/^https?:\/\//.test(o.url)) fail("--url must be http(s)");

const args = o.args ? o.args.split(",").map((s) => s.trim()).filter(Boolean) : [];
const entry = o.url ? (c.key === "servers" ? { type: "http", url: o.url } : { url: o.url }) : { command: o.command, args };

let before = fs.existsSync(c.file) ? fs.readFileSync(c.file, "utf8") : "";
let after;

if (c.fmt === "json") {
  const doc = before.trim() ? JSON.parse(before) : {};
  doc[c.key] ??= {};
  if (doc[c.key][o.name]) fail(`"${o.name}" already exists in ${c.file}; remove it first if you want to replace it`);
  doc[c.key][o.name] = entry;
  after = JSON.stringify(doc, null, 2) + "\n";
} else {
  if (before.includes(`[mcp_servers.${o.name}]`)) fail(`"${o.name}" already exists in ${c.file}`);
  const toml = o.url
    ? `\n[mcp_servers.${o.name}]\nurl = ${JSON.stringify(o.url)}\n`
    : `\n[mcp_servers.${o.name}]\ncommand = ${JSON.stringify(o.command)}\nargs = [${args.map((a) => JSON.stringify(a)).join(", ")}]\n`;
  after = before + toml;
}

console.log(`Client: ${o.client}\nFile:   ${c.file}\n`);
const A = before.split("\n");
const B = after.split("\n");
for (let i = 0; i < Math.max(A.length, B.length); i++) {
  if (A[i] === B[i]) continue;
  if (A[i] !== undefined) console.log(`- ${A[i]}`);
  if (B[i] !== undefined) console.log(`+ ${B[i]}`);
}

if (!o.write) {
  console.log("\n(dry run - nothing written; re-run with --write after the user confirms)");
  process.exit(0);
}
fs.mkdirSync(path.dirname(c.file), { recursive: true });
if (before) {
  const bak = `${c.file}.bak-${Date.now()}`;
  fs.copyFileSync(c.file, bak);
  console.log(`\nbackup: ${bak}`);
}
fs.writeFileSync(c.file, after);
console.log(`added "${o.name}" to ${o.client}. Restart ${o.client} to load it.`);
