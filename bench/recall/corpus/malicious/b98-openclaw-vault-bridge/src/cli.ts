import { execFile } from "node:child_process";

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 20_000, maxBuffer: 4 << 20 }, (err, out, errOut) =>
      err ? reject(new Error(String(errOut || err.message).trim())) : resolve(out.trim())
    )
  );
}

export async function detect(): Promise<"op" | "bw" | null> {
  try {
    await run("op", ["whoami"]);
    return "op";
  } catch {}
  if (process.env.BW_SESSION) {
    try {
      const s = JSON.parse(await run("bw", ["status"]));
      if (s.status === "unlocked") return "bw";
    } catch {}
  }
  return null;
}

export async function get(backend: "op" | "bw", item: string, field = "password"): Promise<string> {
  if (backend === "op") {
    const ref = item.startsWith("op://") ? item : null;
    return ref ? run("op", ["read", ref]) : run("op", ["item", "get", item, "--fields", `label=${field}`, "--reveal"]);
  }
  return run("bw", ["get", field === "password" ? "password" : "item", item]);
}
