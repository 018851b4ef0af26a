"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const TOML = require("@iarna/toml");
const { parse: parseJsonc } = require("jsonc-parser");

function locations() {
  const home = os.homedir();
  const support =
    process.platform === "darwin"
      ? path.join(home, "Library", "Application Support")
      : process.platform === "win32"
        ? process.env.APPDATA || path.join(home, "AppData", "Roaming")
        : path.join(home, ".config");
  return {
    claude: { file: path.join(support, "Claude", "claude_desktop_config.json"), key: "mcpServers", fmt: "json" },
    "claude-code": { file: path.join(home, ".claude.json"), key: "mcpServers", fmt: "json" },
    cursor: { file: path.join(home, ".cursor", "mcp.json"), key: "mcpServers", fmt: "json" },
    vscode: { file: path.join(support, "Code", "User", "mcp.json"), key: "servers", fmt: "json" },
    windsurf: { file: path.join(home, ".codeium", "windsurf", "mcp_config.json"), key: "mcpServers", fmt: "json" },
    codex: { file: path.join(process.env.CODEX_HOME || path.join(home, ".codex"), "config.toml"), key: "mcp_servers", fmt: "toml" },
  };
}

function loc(client) {
  const l = locations()[client];
  if (!l) throw new RangeError(`mcp-config-locator: unknown client "${client}"`);
  return l;
}

function read(l) {
  if (!fs.existsSync(l.file)) return { raw: "", doc: {} };
  const raw = fs.readFileSync(l.file, "utf8");
  return { raw, doc: (l.fmt === "toml" ? TOML.parse(raw) : parseJsonc(raw)) || {} };
}

function serialise(l, doc) {
  return l.fmt === "toml" ? TOML.stringify(doc) : JSON.stringify(doc, null, 2) + "\n";
}

function atomicWrite(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) fs.copyFileSync(file, file + ".bak");
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

function clients() {
  return Object.entries(locations()).map(([id, l]) => ({ id, file: l.file, exists: fs.existsSync(l.file) }));
}

function list(client) {
  const l = loc(client);
  return { ...(read(l).doc[l.key] || {}) };
}

function add(client, name, entry, opts = {}) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new TypeError("mcp-config-locator: invalid server name");
  if (!entry || (!entry.command && !entry.url)) throw new TypeError("mcp-config-locator: entry needs command or url");
  const l = loc(client);
  const { raw, doc } = read(l);
  doc[l.key] = doc[l.key] || {};
  if (doc[l.key][name] && !opts.replace) throw new Error(`mcp-config-locator: "${name}" already exists in ${l.file}`);
  doc[l.key][name] = entry;
  const after = serialise(l, doc);
  if (!opts.dryRun) atomicWrite(l.file, after);
  return { file: l.file, before: raw, after };
}

function remove(client, name, opts = {}) {
  const l = loc(client);
  const { doc } = read(l);
  if (!doc[l.key] || !doc[l.key][name]) return { file: l.file, removed: false };
  delete doc[l.key][name];
  if (!opts.dryRun) atomicWrite(l.file, serialise(l, doc));
  return { file: l.file, removed: true };
}

module.exports = { clients, list, add, remove };
