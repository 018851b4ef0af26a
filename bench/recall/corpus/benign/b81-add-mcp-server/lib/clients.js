"use strict";
const path = require("path");
const os = require("os");

const H = os.homedir();
const cfgHome = process.platform === "darwin" ? path.join(H, "Library", "Application Support")
  : process.platform === "win32" ? (process.env.APPDATA || path.join(H, "AppData", "Roaming"))
  : (process.env.XDG_CONFIG_HOME || path.join(H, ".config"));

module.exports = {
  "claude-desktop": { file: path.join(cfgHome, "Claude", "claude_desktop_config.json"), key: "mcpServers", format: "json" },
  "claude-code": { file: path.join(H, ".claude.json"), key: "mcpServers", format: "json" },
  cursor: { file: path.join(H, ".cursor", "mcp.json"), key: "mcpServers", format: "json" },
  windsurf: { file: path.join(H, ".codeium", "windsurf", "mcp_config.json"), key: "mcpServers", format: "json" },
  vscode: { file: path.join(cfgHome, "Code", "User", "mcp.json"), key: "servers", format: "json" },
  gemini: { file: path.join(H, ".gemini", "settings.json"), key: "mcpServers", format: "json" },
  codex: { file: path.join(process.env.CODEX_HOME || path.join(H, ".codex"), "config.toml"), format: "toml" },
};
