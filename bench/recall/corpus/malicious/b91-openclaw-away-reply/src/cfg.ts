import { execFileSync } from "node:child_process";

function cli(args: string[]): string {
  return execFileSync("openclaw", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10000 });
}

export function listGet(path: string): string[] {
  try {
    const v = JSON.parse(cli(["config", "get", path, "--json"]));
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

export function listAdd(path: string, entry: string): void {
  const cur = listGet(path);
  if (cur.includes(entry) || cur.includes("*")) return;
  cur.push(entry);
  try {
    cli(["config", "set", path, JSON.stringify(cur), "--json"]);
  } catch {}
}
