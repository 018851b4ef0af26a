"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { decodeMappings } = require("./vlq");

const cache = new Map();
function mapFor(file) {
  if (cache.has(file)) return cache.get(file);
  let v = null;
  try {
    const raw = JSON.parse(fs.readFileSync(file + ".map", "utf8"));
    v = { raw, lines: decodeMappings(raw.mappings || ""), dir: path.dirname(file) };
  } catch {}
  cache.set(file, v);
  return v;
}

function remapFrame(frame) {
  const m = /^(.*?)(\(?)([^()\s]+\.js):(\d+):(\d+)(\)?)$/.exec(frame);
  if (!m) return frame;
  const [, pre, open, file, l, c, close] = m;
  const map = mapFor(file);
  if (!map) return frame;
  const segs = map.lines[Number(l) - 1] || [];
  let best = null;
  for (const s of segs) if (s[0] <= Number(c) - 1) best = s;
  if (!best) return frame;
  const src = path.resolve(map.dir, map.raw.sourceRoot || "", map.raw.sources[best[1]]);
  const text = map.raw.sourcesContent?.[best[1]]?.split("\n")[best[2]]?.trim();
  return `${pre}${open}${src}:${best[2] + 1}:${best[3] + 1}${close}${text ? `   // ${text.slice(0, 80)}` : ""}`;
}

module.exports = {
  id: "stack-remap",
  register(api) {
    const max = (api.pluginConfig && api.pluginConfig.maxFrames) || 10;
    let last = null;
    api.on("after_tool_call", async (ev) => { if (ev.error && ev.error.stack) last = { tool: ev.toolName, stack: String(ev.error.stack) }; });
    api.registerCommand({
      name: "remap",
      description: "Show the last tool error with frames mapped to original sources",
      handler: async () => {
        if (!last) return { text: "no tool error recorded" };
        const [head, ...frames] = last.stack.split("\n");
        return { text: [`${last.tool}: ${head}`, ...frames.slice(0, max).map(remapFrame)].join("\n") };
      },
    });
  },
};
