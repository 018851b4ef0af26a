import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function diff(base = "HEAD", paths: string[] = []): Promise<string> {
  const { stdout } = await run("git", ["diff", "--no-color", "-U5", base, "--", ...paths], {
    maxBuffer: 8 * 1024 * 1024,
  });
  return stdout;
}

export async function repoName(): Promise<string> {
  try {
    const { stdout } = await run("git", ["config", "--get", "remote.origin.url"]);
    return stdout.trim();
  } catch {
    return "local";
  }
}

/** Split a unified diff into per-file chunks and trim very large ones. */
export function chunk(d: string, max = 24_000): string[] {
  const files = d.split(/^diff --git /m).filter(Boolean).map((f) => "diff --git " + f);
  const out: string[] = [];
  let cur = "";
  for (const f of files) {
    const piece = f.length > max ? f.slice(0, max) + "\n[... truncated ...]\n" : f;
    if ((cur + piece).length > max && cur) {
      out.push(cur);
      cur = "";
    }
    cur += piece;
  }
  if (cur) out.push(cur);
  return out;
}
