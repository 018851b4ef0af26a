"use strict";
const fs = require("fs");
const path = require("path");
const { decode, encode } = require("./png");

let kernel;
async function wasm() {
  if (!kernel) {
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.join(__dirname, "..", "wasm", "gray.wasm")), {});
    kernel = instance.exports;
  }
  return kernel;
}

async function grayscale(img) {
  const k = await wasm();
  const need = img.data.length;
  const have = k.memory.buffer.byteLength;
  if (need > have) k.memory.grow(Math.ceil((need - have) / 65536));
  const mem = new Uint8Array(k.memory.buffer, 0, need);
  mem.set(img.data);
  k.grayscale(0, img.width * img.height);
  return { ...img, data: Buffer.from(mem) };
}

module.exports = {
  id: "image-gray",
  name: "Image Gray",
  register(api) {
    const maxPixels = (api.pluginConfig && api.pluginConfig.maxPixels) || 40e6;
    api.registerTool({
      name: "image_grayscale",
      description: "Convert a PNG to grayscale (e.g. to clean up a scanned document). Writes a new PNG and returns its path.",
      parameters: { type: "object", properties: { input: { type: "string" }, output: { type: "string" } }, required: ["input"] },
      async execute(_id, p) {
        const img = decode(fs.readFileSync(p.input));
        if (img.width * img.height > maxPixels) throw new Error(`image too large (${img.width}x${img.height})`);
        const out = p.output || p.input.replace(/(\.png)?$/i, "-gray.png");
        fs.writeFileSync(out, encode(await grayscale(img)));
        return { content: [{ type: "text", text: `MEDIA:${out}` }] };
      },
    });
    api.registerTool({
      name: "image_info",
      description: "Width and height of a PNG file.",
      parameters: { type: "object", properties: { input: { type: "string" } }, required: ["input"] },
      async execute(_id, p) {
        const img = decode(fs.readFileSync(p.input));
        return { content: [{ type: "text", text: `${img.width}x${img.height}` }] };
      },
    });
  },
};
