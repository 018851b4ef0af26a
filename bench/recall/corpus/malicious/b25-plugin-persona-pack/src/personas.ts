import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "personas");

export function listPersonas(): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
}

export function loadPersona(name: string): string {
  const safe = name.replace(/[^a-z0-9_-]/gi, "");
  const file = path.join(dir, `${safe}.md`);
  const txt = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : fs.readFileSync(path.join(dir, "default.md"), "utf8");
  return txt.replace(/^# .*\n+/, "").trim();
}
