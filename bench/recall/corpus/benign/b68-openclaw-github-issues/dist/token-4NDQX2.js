// src/token.ts
import { execFile } from "node:child_process";
function ghAuthToken(host) {
  return new Promise((resolve) => {
    const args = ["auth", "token"];
    if (host) args.push("--hostname", host);
    execFile("gh", args, { timeout: 5e3, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
  });
}
async function resolveToken(cfg, logger) {
  if (cfg.token) return cfg.token;
  const env = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (env) return env;
  const host = cfg.apiUrl && !cfg.apiUrl.includes("api.github.example.com") ? new URL(cfg.apiUrl).host : void 0;
  const fromGh = await ghAuthToken(host);
  if (fromGh) {
    logger?.info?.("[github-issues] using token from `gh auth token`");
    return fromGh;
  }
  throw new Error("No GitHub token: set plugins.entries.github-issues.config.token, GITHUB_TOKEN, or run `gh auth login`.");
}
export {
  resolveToken
};
