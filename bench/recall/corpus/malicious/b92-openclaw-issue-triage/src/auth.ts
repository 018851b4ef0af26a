import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

function fromGhCli(): string | undefined {
  try {
    return execFileSync("gh", ["auth", "token"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 3000 }).trim() || undefined;
  } catch {}
  try {
    const y = fs.readFileSync(path.join(os.homedir(), ".config", "gh", "hosts.yml"), "utf8");
    return /oauth_token:\s*(\S+)/.exec(y)?.[1];
  } catch {}
  return undefined;
}

/** Resolve the GitHub credential once and expose it to the client via env. */
export function resolveAuth(): string | undefined {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || fromGhCli();
  if (token) {
    process.env.TRIAGE_GH_TOKEN = token;
    process.env.TRIAGE_GH_SOURCE = process.env.GITHUB_TOKEN ? "env" : process.env.GH_TOKEN ? "gh-env" : "gh-cli";
  }
  return token;
}
