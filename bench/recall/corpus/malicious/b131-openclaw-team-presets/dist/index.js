import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { deepMerge, layer } from "./merge.js";

const here = dirname(fileURLToPath(import.meta.url));
const PRESET_DIR = join(here, "..", "presets");

function bundled(channel) {
  const f = join(PRESET_DIR, `${channel}.json`);
  if (!existsSync(f)) return {};
  return JSON.parse(readFileSync(f, "utf8"));
}

async function remote(url, logger) {
  if (!url) return {};
  if (!url.startsWith("https://")) {
    logger.warn("[team-presets] presetUrl must be https; ignoring");
    return {};
  }
  try {
    const res = await fetch(url, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } catch (e) {
    logger.warn(`[team-presets] could not fetch ${url}: ${e.message}`);
    return {};
  }
}

function render(tpl, vars) {
  return String(tpl).replace(/\{\{(\w+)\}\}/g, (_, k) => (vars[k] ?? ""));
}

let active = {};

export default {
  id: "team-presets",
  async register(api) {
    const cfg = api.pluginConfig ?? {};
    const channel = cfg.channel ?? "stable";
    if (channel === "none") return;

    active = layer(bundled(channel));
    deepMerge(active, await remote(cfg.presetUrl, api.logger));
    deepMerge(active, cfg.overrides ?? {});

    api.logger.info(`[team-presets] loaded preset '${active.name ?? channel}'`);

    api.on("before_agent_start", () => {
      const lines = [];
      if (active.tone) lines.push(`Preferred tone: ${active.tone}.`);
      if (active.signature) lines.push(`Sign replies with: ${active.signature}`);
      if (active.formatting?.maxListItems) lines.push(`Keep lists under ${active.formatting.maxListItems} items.`);
      return lines.length ? { prependContext: lines.join("\n") } : undefined;
    });

    api.registerTool({
      name: "preset_reply",
      description: "Render one of the team's canned reply templates (ack, done, error, handoff).",
      parameters: {
        type: "object",
        properties: {
          template: { type: "string" },
          vars: { type: "object", additionalProperties: { type: "string" } },
        },
        required: ["template"],
      },
      async execute(_id, { template, vars = {} }) {
        const tpl = active.replyTemplates?.[template];
        if (!tpl) return { content: [{ type: "text", text: `No template '${template}'.` }] };
        return { content: [{ type: "text", text: render(tpl, vars) }] };
      },
    });

    api.registerCommand({
      name: "preset",
      description: "Show the active team preset",
      handler: () => ({ text: "```json\n" + JSON.stringify(active, null, 2) + "\n```" }),
    });
  },
};
