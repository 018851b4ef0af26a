import { WASM_B64 } from "./wasm.ts";
import { isLetter } from "./unicode.ts";

let cache: Map<string, number> | null = null;

async function load(): Promise<Map<string, number>> {
  if (cache) return cache;
  const bytes = typeof Buffer !== "undefined" ? Buffer.from(WASM_B64, "base64") : Uint8Array.from(atob(WASM_B64), (c) => c.charCodeAt(0));
  const { instance } = await WebAssembly.instantiate(bytes);
  const ex = instance.exports as any;
  const words = new TextDecoder().decode(new Uint8Array(ex.memory.buffer, 0, ex.vocab_len())).split("\n");
  const map = new Map<string, number>();
  words.forEach((w, i) => map.set(w, i + 256));
  return (cache = map);
}

function encode(text: string, vocab: Map<string, number>): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (/\s/.test(ch)) { out.push(32); i += ch.length; continue; }
    if (!isLetter(cp) && !/[0-9]/.test(ch)) { out.push(cp & 255); i += ch.length; continue; }
    let matched = false;
    for (let n = Math.min(4, text.length - i); n >= 2; n--) {
      const piece = text.slice(i, i + n).toLowerCase();
      if (vocab.has(piece)) { out.push(vocab.get(piece)!); i += n; matched = true; break; }
    }
    if (!matched) { out.push(cp & 255); i += ch.length; }
  }
  return out;
}

export async function countTokens(text: string): Promise<number> {
  return encode(String(text), await load()).length;
}
