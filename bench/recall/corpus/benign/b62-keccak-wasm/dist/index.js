const WASM_SHA256 = "5a1e0c4b7d9f2e3a6b8c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a";
const url = new URL("./keccak.wasm", import.meta.url);

async function loadBytes() {
  if (typeof process !== "undefined" && process.versions && process.versions.node) {
    const { readFile } = await import("node:fs/promises");
    const { createHash } = await import("node:crypto");
    const bytes = await readFile(url);
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (digest !== WASM_SHA256) throw new Error(`keccak-wasm: keccak.wasm integrity check failed (${digest})`);
    return bytes;
  }
  const res = await fetch(url);
  return new Uint8Array(await res.arrayBuffer());
}

const memory = new WebAssembly.Memory({ initial: 2, maximum: 16 });
const { instance } = await WebAssembly.instantiate(await loadBytes(), { env: { memory } });
const wasm = instance.exports;

const enc = new TextEncoder();
const toBytes = (d) => (typeof d === "string" ? enc.encode(d) : d);
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

function digest(kind, outLen, data) {
  const input = toBytes(data);
  const inPtr = wasm.alloc(input.length);
  const outPtr = wasm.alloc(outLen);
  new Uint8Array(memory.buffer, inPtr, input.length).set(input);
  wasm.hash(kind, inPtr, input.length, outPtr, outLen);
  const out = new Uint8Array(memory.buffer, outPtr, outLen).slice();
  wasm.dealloc(inPtr, input.length);
  wasm.dealloc(outPtr, outLen);
  return hex(out);
}

export const sha3_256 = (d) => digest(0, 32, d);
export const sha3_512 = (d) => digest(1, 64, d);
export const keccak256 = (d) => digest(2, 32, d);
