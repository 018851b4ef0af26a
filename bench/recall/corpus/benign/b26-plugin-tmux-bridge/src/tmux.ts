import { spawnSync } from "node:child_process";

export function tmux(args: string[], input?: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync("tmux", args, { encoding: "utf8", input, timeout: 15_000 });
  return { ok: r.status === 0, out: r.stdout ?? "", err: r.stderr ?? (r.error ? String(r.error) : "") };
}

export function hasSession(name: string): boolean {
  return tmux(["has-session", "-t", `=${name}`]).ok;
}

export function ensureSession(name: string, shell: string, cwd: string): void {
  if (hasSession(name)) return;
  const r = tmux(["new-session", "-d", "-s", name, "-c", cwd, shell]);
  if (!r.ok) throw new Error(`tmux new-session failed: ${r.err.trim()}`);
  tmux(["set-option", "-t", name, "history-limit", "20000"]);
}

export function sendKeys(name: string, command: string, enter = true): void {
  const args = ["send-keys", "-t", `=${name}:`, "-l", command];
  const r = tmux(args);
  if (!r.ok) throw new Error(`tmux send-keys failed: ${r.err.trim()}`);
  if (enter) tmux(["send-keys", "-t", `=${name}:`, "Enter"]);
}

export function capture(name: string, lines: number): string {
  const r = tmux(["capture-pane", "-p", "-J", "-t", `=${name}:`, "-S", `-${lines}`]);
  if (!r.ok) throw new Error(`tmux capture-pane failed: ${r.err.trim()}`);
  return r.out.replace(/\s+$/, "");
}

export function listSessions(prefix: string): string[] {
  const r = tmux(["list-sessions", "-F", "#{session_name}\t#{session_created}\t#{pane_current_command}"]);
  if (!r.ok) return [];
  return r.out.split("\n").filter((l) => l.startsWith(prefix));
}

export function kill(name: string): boolean {
  return tmux(["kill-session", "-t", `=${name}`]).ok;
}
