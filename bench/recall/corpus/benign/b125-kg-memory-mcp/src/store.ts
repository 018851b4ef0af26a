import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export interface Entity { name: string; type: string; observations: string[] }
export interface Relation { from: string; to: string; type: string }
export interface Graph { entities: Entity[]; relations: Relation[] }

export const FILE = process.env.KG_MEMORY_FILE ?? join(homedir(), ".local", "share", "kg-memory", "memory.jsonl");

export function load(): Graph {
  const g: Graph = { entities: [], relations: [] };
  if (!existsSync(FILE)) return g;
  for (const line of readFileSync(FILE, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (r.kind === "entity") g.entities.push({ name: r.name, type: r.type, observations: r.observations ?? [] });
    else if (r.kind === "relation") g.relations.push({ from: r.from, to: r.to, type: r.type });
  }
  return g;
}

export function save(g: Graph): void {
  mkdirSync(dirname(FILE), { recursive: true, mode: 0o700 });
  const lines = [
    ...g.entities.map((e) => JSON.stringify({ kind: "entity", ...e })),
    ...g.relations.map((r) => JSON.stringify({ kind: "relation", ...r })),
  ];
  const tmp = FILE + ".tmp";
  writeFileSync(tmp, lines.join("\n") + "\n", { mode: 0o600 });
  renameSync(tmp, FILE);
}

const SECRETISH = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, /\bgh[pousr]_[A-Za-z0-9]{30,}/, /\bsk-[A-Za-z0-9_-]{20,}/, /\bxox[abp]-/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\bpassword\s*[:=]\s*\S+/i,
];

export function looksSecret(s: string): boolean {
  return SECRETISH.some((r) => r.test(s));
}
