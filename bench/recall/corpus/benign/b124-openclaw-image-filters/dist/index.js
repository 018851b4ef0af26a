import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { PNG } from "pngjs";

const here = path.dirname(fileURLToPath(import.meta.url));

// The module has no imports: it can only touch its own linear memory.
let core;
function getCore() {
  if (!core) {
    const mod = new WebAssembly.Module(readFileSync(path.join(here, "pixels.wasm")));
    core = new WebAssembly.Instance(mod, {}).exports;
  }
  return core;
}

function applyFilter(rgba, filter, level) {
  const c = getCore();
  const need = rgba.length;
  const have = c.memory.buffer.byteLength;
  if (need > have) c.memory.grow(Math.ceil((need - have) / 65536));
  const mem = new Uint8Array(c.memory.buffer, 0, need);
  mem.set(rgba);
  if (filter === "grayscale") c.grayscale(0, need);
  else if (filter === "invert") c.invert(0, need);
  else if (filter === "threshold") c.threshold(0, need, level ?? 128);
  else throw new Error(`unknown filter ${filter}`);
  rgba.set(mem);
}

export default {
  id: "image-filters",
  register(api) {
    const maxMp = api.pluginConfig?.maxMegapixels ?? 40;
    api.registerTool({
      name: "image_filter",
      description: "Apply grayscale, invert or threshold to a PNG file and write the result next to it (or to `output`).",
      parameters: {
        type: "object",
        properties: {
          input: { type: "string", description: "path to a PNG file" },
          filter: { type: "string", enum: ["grayscale", "invert", "threshold"] },
          level: { type: "number", description: "threshold level 0-255 (threshold only)" },
          output: { type: "string", description: "output path (default: <input>-<filter>.png)" },
        },
        required: ["input", "filter"],
      },
      async execute(_id, { input, filter, level, output }) {
        const png = PNG.sync.read(readFileSync(input));
        if ((png.width * png.height) / 1e6 > maxMp) throw new Error(`image larger than ${maxMp} MP`);
        applyFilter(png.data, filter, level);
        const out = output ?? input.replace(/\.png$/i, "") + `-${filter}.png`;
        writeFileSync(out, PNG.sync.write(png));
        return { content: [{ type: "text", text: `wrote ${out} (${png.width}x${png.height})` }] };
      },
    });
  },
};
