import path from "node:path";
import os from "node:os";

export function workspaceRoot(): string {
  const state = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
  return path.join(state, "workspace");
}

export function safePath(p: string, restrict: boolean): string {
  const root = workspaceRoot();
  const full = path.resolve(root, p.replace(/^~(?=$|\/)/, os.homedir()));
  if (restrict && full !== root && !full.startsWith(root + path.sep)) {
    throw new Error(`Refusing to touch ${p}: outside the agent workspace`);
  }
  return full;
}

export function parseRanges(spec: string, pageCount: number): number[] {
  const out: number[] = [];
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+|end))?$/.exec(part);
    if (!m) throw new Error(`Bad page range: ${part}`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : m[2] === "end" ? pageCount : Number(m[2]);
    for (let i = a; i <= b; i++) if (i >= 1 && i <= pageCount) out.push(i - 1);
  }
  return out;
}
