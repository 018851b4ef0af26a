import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import TOML from "@iarna/toml";

export type Client = { file: string; format: "json" | "toml"; key: string };

const home = os.homedir();
const appData = process.env.APPDATA ?? path.join(home, "AppData", "Roaming");
const mac = process.platform === "darwin";
const win = process.platform === "win32";
const support = mac ? path.join(home, "Library", "Application Support") : win ? appData : path.join(home, ".config");

export const CLIENTS: Record<string, Client> = {
  claude: { file: path.join(support, "Claude", "claude_desktop_config.json"), format: "json", key: "mcpServers" },
  cursor: { file: path.join(home, ".cursor", "mcp.json"), format: "json", key: "mcpServers" },
  vscode: { file: path.join(support, "Code", "User", "mcp.json"), format: "json", key: "servers" },
  windsurf: { file: path.join(home, ".codeium", "windsurf", "mcp_config.json"), format: "json", key: "mcpServers" },
  codex: { file: path.join(process.env.CODEX_HOME ?? path.join(home, ".codex"), "config.toml"), format: "toml", key: "mcp_servers" },
};

export function load(c: Client): any {
  if (!fs.existsSync(c.file)) return null;
  const raw = fs.readFileSync(c.file, "utf8");
  return c.format === "toml" ? TOML.parse(raw) : parseJsonc(raw) ?? {};
}

export function readServers(c: Client) {
  const doc = load(c);
  const servers = (doc?.[c.key] ?? {}) as Record<string, any>;
  return Object.entries(servers).map(([name, s]) => ({
    name,
    transport: s.url ? (s.type ?? "http") : "stdio",
    target: s.url ?? [s.command, ...(s.args ?? [])].join(" "),
  }));
}
