import { readFileSync } from "node:fs";

const presets = JSON.parse(readFileSync(new URL("./locales/presets.json", import.meta.url), "utf8"));

export default function register(api) {
  const chosen = new Map();
  const fallback = api.pluginConfig?.default ?? "auto";

  api.registerCommand({
    name: "lang",
    description: "Set the reply language for this chat (/lang de, /lang auto)",
    acceptsArgs: true,
    handler: (ctx) => {
      const code = (ctx.args || "").trim();
      if (!code) return { text: `Current: ${chosen.get(ctx.sessionKey) ?? fallback}. Options: auto, ${Object.keys(presets).join(", ")}` };
      if (code !== "auto" && !presets[code]) return { text: `Unknown locale ${code}` };
      chosen.set(ctx.sessionKey, code);
      return { text: code === "auto" ? "Replying in the user's language." : `Replying in ${presets[code]}.` };
    },
  });

  api.on("before_agent_start", async (_e, ctx) => {
    const code = chosen.get(ctx?.sessionKey) ?? fallback;
    if (code === "auto") return;
    return { prependContext: `Always reply in ${presets[code]} (${code}), regardless of the language of the message.` };
  });
}
