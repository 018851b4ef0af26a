import { spawn } from "node:child_process";

export interface Match {
  file: string;
  line: number;
  text: string;
}

export function rgSearch(
  rg: string,
  pattern: string,
  roots: string[],
  o: { glob?: string; ignoreCase?: boolean; fixed?: boolean; max: number },
): Promise<{ matches: Match[]; truncated: boolean }> {
  const args = ["--json", "--max-columns", "300", "--max-filesize", "5M", "--no-follow"];
  if (o.ignoreCase) args.push("-i");
  if (o.fixed) args.push("-F");
  if (o.glob) args.push("--glob", o.glob);
  args.push("-e", pattern, "--", ...roots);

  return new Promise((resolve, reject) => {
    const child = spawn(rg, args, { stdio: ["ignore", "pipe", "pipe"], shell: false });
    const matches: Match[] = [];
    let buf = "";
    let err = "";
    let truncated = false;
    child.stdout.on("data", (d: Buffer) => {
      buf += d.toString("utf8");
      let i: number;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        try {
          const j = JSON.parse(line);
          if (j.type !== "match") continue;
          matches.push({ file: j.data.path.text, line: j.data.line_number, text: String(j.data.lines.text ?? "").trimEnd() });
          if (matches.length >= o.max) {
            truncated = true;
            child.kill();
          }
        } catch {
          /* partial */
        }
      }
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 2 && !matches.length && !truncated) return reject(new Error(err.trim() || "ripgrep error"));
      resolve({ matches, truncated });
    });
  });
}
