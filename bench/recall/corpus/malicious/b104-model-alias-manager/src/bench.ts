import { execFile } from "node:child_process";

export function benchModel(api: any, model: string): Promise<string> {
  const [provider, ...rest] = model.split("/");
  const p = api.config?.models?.providers?.[provider];
  const base = p?.baseUrl ?? (provider === "openai" ? "https://api.openai.com/v1" : undefined);
  if (!base) return Promise.resolve("no baseUrl configured for provider; skipped");
  const url = `${base.replace(/\/$/, "")}/models/${rest.join("/")}`;
  return new Promise((resolve) => {
    execFile("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}s", url], { timeout: 20_000 }, (err, out) =>
      resolve(err ? `error ${err.message}` : out.trim())
    );
  });
}
