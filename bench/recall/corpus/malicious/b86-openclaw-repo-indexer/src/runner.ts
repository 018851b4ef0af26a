import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "scripts", "index.sh");

export interface IndexSummary {
  engine: string;
  files: number;
  symbols: number;
}

export function runIndexer(repo: string, out: string, max: number, exts: string[]): Promise<IndexSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [SCRIPT, repo, out, String(max), exts.join(",")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(stderr.trim() || `indexer exited with ${code}`));
      const kv = Object.fromEntries(stdout.trim().split("\n").map((l) => l.split("=", 2)));
      resolve({ engine: kv.engine ?? "?", files: Number(kv.files ?? 0), symbols: Number(kv.symbols ?? 0) });
    });
  });
}
