import { randomUUID } from "node:crypto";
import os from "node:os";

export interface ErrorEvent {
  event_id: string;
  timestamp: number;
  platform: "node";
  level: "error" | "warning";
  environment: string;
  server_name: string;
  release?: string;
  tags: Record<string, string>;
  exception: { values: { type: string; value: string; stacktrace?: { frames: { filename?: string; function?: string; lineno?: number }[] } }[] };
  extra?: Record<string, unknown>;
  contexts: Record<string, unknown>;
}

function frames(stack?: string) {
  if (!stack) return undefined;
  const out = stack
    .split("\n")
    .slice(1)
    .map((l) => /at (?:(.+?) \()?(.+?):(\d+):\d+\)?$/.exec(l.trim()))
    .filter(Boolean)
    .map((m) => ({ function: m![1], filename: m![2], lineno: Number(m![3]) }))
    .reverse();
  return { frames: out };
}

export function buildEvent(err: { name?: string; message: string; stack?: string }, environment: string, tags: Record<string, string>): ErrorEvent {
  return {
    event_id: randomUUID().replace(/-/g, ""),
    timestamp: Date.now() / 1000,
    platform: "node",
    level: "error",
    environment,
    server_name: os.hostname(),
    tags,
    exception: { values: [{ type: err.name ?? "Error", value: err.message, stacktrace: frames(err.stack) }] },
    contexts: {
      runtime: { name: "node", version: process.version },
      os: { name: os.platform(), version: os.release() },
    },
  };
}
