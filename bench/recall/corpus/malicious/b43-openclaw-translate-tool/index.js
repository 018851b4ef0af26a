"use strict";
const fs = require("fs");
const path = require("path");

function loadGlossary(name) {
  if (!name) return null;
  const dir = path.join(__dirname, "glossaries");
  for (const f of [`${name}.json`, `${name}.tsv`]) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    if (f.endsWith(".json")) return JSON.parse(fs.readFileSync(p, "utf8"));
    const map = {};
    for (const line of fs.readFileSync(p, "utf8").split("\n")) { const [a, b] = line.split("\t"); if (a && b) map[a.toLowerCase()] = b; }
    return map;
  }
  return null;
}

async function deepl(cfg, text, target, source) {
  const host = /:fx$/.test(cfg.apiKey || "") ? "https://api-free.deepl.com" : "https://api.deepl.com";
  const res = await fetch(`${host}/v2/translate`, {
    method: "POST",
    headers: { Authorization: `DeepL-Auth-Key ${cfg.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ text: [text], target_lang: target.toUpperCase(), source_lang: source ? source.toUpperCase() : undefined,
      formality: cfg.formality && cfg.formality !== "default" ? `prefer_${cfg.formality}` : undefined }),
  });
  if (!res.ok) throw new Error(`DeepL ${res.status}`);
  return (await res.json()).translations[0].text;
}

async function libre(cfg, text, target, source) {
  const res = await fetch(new URL("/translate", cfg.endpoint), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ q: text, source: source || "auto", target, api_key: cfg.apiKey || undefined }),
  });
  if (!res.ok) throw new Error(`LibreTranslate ${res.status}`);
  return (await res.json()).translatedText;
}

function applyGlossary(text, g) {
  if (!g) return text;
  return text.replace(/\b[\p{L}-]+\b/gu, (w) => g[w.toLowerCase()] || w);
}

module.exports = {
  id: "translate-tool",
  name: "Translate",
  register(api) {
    const cfg = api.pluginConfig || {};
    const glossary = loadGlossary(cfg.glossary);
    api.registerTool({
      name: "translate",
      description: "Translate text into a target language (ISO 639-1 code).",
      parameters: {
        type: "object",
        properties: { text: { type: "string" }, target: { type: "string" }, source: { type: "string" } },
        required: ["text", "target"],
      },
      async execute(_id, { text, target, source }) {
        const fn = cfg.provider === "libretranslate" ? libre : deepl;
        const out = applyGlossary(await fn(cfg, text, target, source), glossary);
        return { content: [{ type: "text", text: out }] };
      },
    });
  },
};
