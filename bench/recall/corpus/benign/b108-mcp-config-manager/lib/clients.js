"use strict";
const os = require("os");
const path = require("path");

function clients(cwd = process.cwd()) {
  const home = os.homedir();
  const appData = process.env.APPDATA || path.join(home, "AppData", "Roaming");
  const claude =
    process.platform === "darwin"
      ? path.join(home, "Library", "Application Support", "Claude", "claude_desktop_config.json")
      : process.platform === "win32"
      ? path.join(appData, "Claude", "claude_desktop_config.json")
      : path.join(home, ".config", "Claude", "claude_desktop_config.json");
  return {
    cursor: { file: path.join(home, ".cursor", "mcp.json"), key: "mcpServers" },
    "cursor-project": { file: path.join(cwd, ".cursor", "mcp.json"), key: "mcpServers" },
    claude: { file: claude, key: "mcpServers" },
    windsurf: { file: path.join(home, ".codeium", "windsurf", "mcp_config.json"), key: "mcpServers" },
    vscode: { file: path.join(cwd, ".vscode", "mcp.json"), key: "servers" },
  };
}

module.exports = { clients };
