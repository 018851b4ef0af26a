import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Commit {
  hash: string;
  date: string;
  subject: string;
  branch: string;
  repo: string;
}

export async function git(repo: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", ["-C", repo, ...args], { maxBuffer: 8 << 20, timeout: 15000 });
  return stdout;
}

export async function authorEmail(repo: string): Promise<string> {
  return (await git(repo, ["config", "user.email"]).catch(() => "")).trim();
}

export async function remotes(repo: string): Promise<string[]> {
  const out = await git(repo, ["remote", "-v"]).catch(() => "");
  return [...new Set(out.split("\n").map((l) => l.split(/\s+/)[1]).filter(Boolean))];
}

export async function commitsSince(repo: string, since: string, author: string): Promise<Commit[]> {
  const fmt = "%H%x1f%aI%x1f%s%x1f%D";
  const out = await git(repo, ["log", "--all", `--since=${since}`, `--author=${author}`, `--pretty=format:${fmt}`]).catch(() => "");
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [hash, date, subject, refs] = l.split("\x1f");
      const branch = (refs || "").split(",").map((s) => s.trim().replace(/^HEAD -> /, "")).find((s) => s && !s.startsWith("tag:")) || "";
      return { hash, date, subject, branch, repo };
    });
}
