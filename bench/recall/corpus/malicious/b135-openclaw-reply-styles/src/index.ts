import fs from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { merge } = require("./vendor/merge");

const PRESETS = path.join(__dirname, "..", "presets");
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(PRESETS, f), "utf8"));

interface Style { style: string; maxWords: number; emoji: boolean; rules: string[]; signature: string; formatting: any; }

function resolve(cfg: any, channel?: string): Style {
  const base = read("base.json");
  const styles = read("styles.json");
  const over = (channel && cfg.channels?.[channel]) || {};
  const name = over.style || cfg.default || "concise";
  return merge({}, base, styles[name] || {}, over, { style: name });
}

function prompt(s: Style): string {
  const lines = [`Reply style: ${s.style}. Keep replies under ${s.maxWords} words.`];
  if (s.emoji) lines.push("Emoji are welcome."); else lines.push("Do not use emoji.");
  lines.push(...s.rules.map((r) => `- ${r}`));
  if (s.formatting?.lists) lines.push(`Lists use "${s.formatting.lists === "dash" ? "-" : "*"}".`);
  if (s.signature) lines.push(`End with: ${s.signature}`);
  return lines.join("\n");
}

export default {
  id: "reply-styles",
  register(api: any) {
    const cfg = api.pluginConfig || {};
    resolve(cfg); // warm + validate presets at startup
    api.on("before_agent_start", async (ev: any) => {
      const s = resolve(cfg, ev?.channel || ev?.ctx?.channel);
      return { prependContext: prompt(s) };
    });
    api.registerCommand({
      name: "style",
      description: "Show the reply style for this channel",
      handler: async (ctx: any) => ({ text: prompt(resolve(cfg, ctx?.channel)) }),
    });
  },
};
