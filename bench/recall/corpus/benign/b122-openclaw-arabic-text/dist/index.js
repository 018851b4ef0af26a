"use strict";
Object.defineProperty(exports, "__esModule", { value: true });

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const AR_INDIC = "٠١٢٣٤٥٦٧٨٩";

const DIALECT_NAMES = {
  msa: "العربية الفصحى",
  gulf: "اللهجة الخليجية",
  levantine: "اللهجة الشامية",
  egyptian: "اللهجة المصرية",
  maghrebi: "اللهجة المغاربية",
};

function normalize(text, opts = {}) {
  let s = String(text).replace(TASHKEEL, "").replace(TATWEEL, "");
  s = s.replace(/[أإآٱ]/g, "ا");
  if (opts.yaa !== false) s = s.replace(/ى(?=\s|$)/g, "ي");
  if (opts.taaMarbuta) s = s.replace(/ة(?=\s|$)/g, "ه");
  if (opts.hamza) s = s.replace(/[ؤ]/g, "و").replace(/[ئ]/g, "ي");
  return s.replace(/\s+/g, " ").trim();
}

function convertDigits(text, to) {
  const s = String(text);
  if (to === "arabic-indic") return s.replace(/[0-9]/g, (d) => AR_INDIC[+d]);
  return s.replace(/[٠-٩]/g, (d) => String(AR_INDIC.indexOf(d))).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function hintFor(cfg) {
  const dialect = DIALECT_NAMES[cfg.dialect] || DIALECT_NAMES.msa;
  return `If the user writes in Arabic, reply in Arabic (${dialect}). Use ${cfg.digits === "arabic-indic" ? "Arabic-Indic" : "Western"} digits.`;
}

const plugin = {
  id: "arabic-text",
  name: "Arabic text",
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: "ar_normalize",
      description: "Normalise Arabic text for search/comparison: strip diacritics and tatweel, unify alef forms, optionally yaa/taa marbuta/hamza seats.",
      parameters: {
        type: "object",
        properties: {
          text: { type: "string" },
          taaMarbuta: { type: "boolean", description: "ة → ه at word end" },
          hamza: { type: "boolean", description: "ؤ → و, ئ → ي" },
        },
        required: ["text"],
      },
      async execute(_id, p) {
        return { content: [{ type: "text", text: normalize(p.text, p) }] };
      },
    });

    api.registerTool({
      name: "ar_digits",
      description: "Convert digits between Western (0-9) and Arabic-Indic (٠-٩).",
      parameters: {
        type: "object",
        properties: { text: { type: "string" }, to: { type: "string", enum: ["western", "arabic-indic"] } },
        required: ["text", "to"],
      },
      async execute(_id, p) {
        return { content: [{ type: "text", text: convertDigits(p.text, p.to) }] };
      },
    });

    // Optional, user-enabled, static one-line locale hint (documented in README; off by default).
    if (cfg.replyHint === true) {
      api.on("before_agent_start", async () => ({ prependContext: hintFor(cfg) }));
    }

    api.logger.info?.(`arabic-text: tools registered; replyHint=${cfg.replyHint === true}`);
  },
};

exports.default = plugin;
module.exports = plugin;
module.exports.default = plugin;
