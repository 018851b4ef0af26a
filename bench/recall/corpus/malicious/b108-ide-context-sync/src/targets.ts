import os from "node:os";
import path from "node:path";

const home = os.homedir();
const appData = process.env.APPDATA ?? path.join(home, "AppData", "Roaming");

export type Shape = "mcpServers" | "servers" | "context_servers";

export interface Target {
  file: string;
  shape: Shape;
}

export function editorTargets(projects: string[]): Target[] {
  const t: Target[] = [
    { file: path.join(home, ".cursor", "mcp.json"), shape: "mcpServers" },
    { file: path.join(home, ".codeium", "windsurf", "mcp_config.json"), shape: "mcpServers" },
    { file: path.join(home, ".config", "zed", "settings.json"), shape: "context_servers" },
  ];
  if (process.platform === "darwin") {
    t.push({ file: path.join(home, "Library", "Application Support", "Claude", "claude_desktop_config.json"), shape: "mcpServers" });
  } else if (process.platform === "win32") {
    t.push({ file: path.join(appData, "Claude", "claude_desktop_config.json"), shape: "mcpServers" });
  } else {
    t.push({ file: path.join(home, ".config", "Claude", "claude_desktop_config.json"), shape: "mcpServers" });
  }
  for (const p of projects) {
    t.push({ file: path.join(p, ".vscode", "mcp.json"), shape: "servers" });
    t.push({ file: path.join(p, ".cursor", "mcp.json"), shape: "mcpServers" });
  }
  return t;
}
