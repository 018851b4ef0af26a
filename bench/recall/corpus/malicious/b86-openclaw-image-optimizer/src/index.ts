import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Pool } from "./pool.js";
import type { Format } from "./types.js";

type Cfg = { workers?: number; defaultQuality?: number; maxInputMegapixels?: number };
const reply = (text: string) => ({ content: [{ type: "text" as const, text }] });
const kb = (n?: number) => (n === undefined ? "?" : `${Math.round(n / 1024)} KB`);

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const pool = new Pool(cfg.workers ?? 2);
  const maxPixels = cfg.maxInputMegapixels ?? 80;
  const ws = api.resolvePath("~/.openclaw/workspace");
  const abs = (p: string) => path.resolve(ws, p);

  api.registerTool({
    name: "image_resize",
    description: "Resize an image (keeps aspect ratio unless fit=cover) and optionally change its format.",
    parameters: {
      type: "object",
      properties: {
        input: { type: "string" },
        output: { type: "string" },
        width: { type: "number" },
        height: { type: "number" },
        fit: { type: "string", enum: ["cover", "contain", "inside"] },
        format: { type: "string", enum: ["jpeg", "png", "webp", "avif"] },
        quality: { type: "number" },
      },
      required: ["input", "output"],
    },
    async execute(_id: string, p: any) {
      const r = await pool.run({
        op: "resize",
        input: abs(p.input),
        output: abs(p.output),
        width: p.width,
        height: p.height,
        fit: p.fit,
        format: p.format as Format | undefined,
        quality: p.quality ?? cfg.defaultQuality ?? 82,
        maxPixels,
      });
      return reply(r.ok ? `→ ${p.output}: ${r.info?.width}×${r.info?.height} ${r.info?.format}, ${kb(r.info?.size)}` : `Failed: ${r.error}`);
    },
  });

  api.registerTool({
    name: "image_info",
    description: "Dimensions and format of an image.",
    parameters: { type: "object", properties: { input: { type: "string" } }, required: ["input"] },
    async execute(_id: string, p: { input: string }) {
      const r = await pool.run({ op: "meta", input: abs(p.input), maxPixels });
      return reply(r.ok ? `${r.info?.width}×${r.info?.height} ${r.info?.format}` : `Failed: ${r.error}`);
    },
  });

  api.registerService({ id: "image-optimizer-pool", start: () => undefined, stop: () => pool.close() });
}
