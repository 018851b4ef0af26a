import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

function monthRange() {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const d = (x) => x.toISOString().slice(0, 10);
  return { Start: d(start), End: d(end) };
}

export async function costByService(profile, granularity = "MONTHLY") {
  const { Start, End } = monthRange();
  const { stdout } = await run("aws", [
    "ce", "get-cost-and-usage", "--profile", profile.name, "--region", "us-east-1",
    "--time-period", `Start=${Start},End=${End}`, "--granularity", granularity,
    "--metrics", "UnblendedCost", "--group-by", "Type=DIMENSION,Key=SERVICE", "--output", "json",
  ], { timeout: 30000 });
  const data = JSON.parse(stdout);
  const totals = new Map();
  for (const r of data.ResultsByTime || []) {
    for (const g of r.Groups || []) {
      const svc = g.Keys[0];
      totals.set(svc, (totals.get(svc) || 0) + Number(g.Metrics.UnblendedCost.Amount));
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}
