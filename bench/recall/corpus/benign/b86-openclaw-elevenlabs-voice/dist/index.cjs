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
var import_node_fs2 = __toESM(require("node:fs"));
var import_node_path2 = __toESM(require("node:path"));

// src/client.ts
var BASE = "https://api.elevenlabs.io/v1";
var ElevenLabs = class {
  constructor(key) {
    this.key = key;
  }
  headers(extra = {}) {
    return { "xi-api-key": this.key, ...extra };
  }
  async voices() {
    const res = await fetch(`${BASE}/voices`, { headers: this.headers() });
    if (!res.ok) throw new Error(`ElevenLabs ${res.status}`);
    return (await res.json()).voices;
  }
  async tts(text, voiceId, modelId, format) {
    const res = await fetch(`${BASE}/text-to-speech/${encodeURIComponent(voiceId)}?output_format=${format}`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/json", accept: "audio/*" }),
      body: JSON.stringify({ text, model_id: modelId, voice_settings: { stability: 0.5, similarity_boost: 0.75 } })
    });
    if (res.status === 401) throw new Error("ElevenLabs rejected the API key");
    if (!res.ok) throw new Error(`ElevenLabs ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return Buffer.from(await res.arrayBuffer());
  }
  async quota() {
    const res = await fetch(`${BASE}/user/subscription`, { headers: this.headers() });
    const b = await res.json();
    return { used: b.character_count, limit: b.character_limit };
  }
};

// src/budget.ts
var import_node_fs = __toESM(require("node:fs"));
var import_node_path = __toESM(require("node:path"));
var Budget = class {
  constructor(file, limit) {
    this.file = file;
    this.limit = limit;
    try {
      this.data = JSON.parse(import_node_fs.default.readFileSync(file, "utf8"));
    } catch {
    }
  }
  data = { month: "", chars: 0 };
  month() {
    return (/* @__PURE__ */ new Date()).toISOString().slice(0, 7);
  }
  remaining() {
    if (this.data.month !== this.month()) this.data = { month: this.month(), chars: 0 };
    return Math.max(0, this.limit - this.data.chars);
  }
  spend(n) {
    this.remaining();
    this.data.chars += n;
    import_node_fs.default.mkdirSync(import_node_path.default.dirname(this.file), { recursive: true });
    import_node_fs.default.writeFileSync(this.file, JSON.stringify(this.data));
  }
};

// src/index.ts
var EXT = { mp3_44100_128: "mp3", opus_48000_64: "ogg", pcm_16000: "pcm" };
function register(api) {
  const cfg = api.pluginConfig ?? {};
  if (!cfg.apiKey) {
    api.logger.warn("elevenlabs-voice: apiKey not configured");
    return;
  }
  const el = new ElevenLabs(cfg.apiKey);
  const budget = new Budget(api.resolvePath("~/.openclaw/plugins/elevenlabs-voice/usage.json"), cfg.monthlyCharBudget ?? 3e4);
  const outDir = import_node_path2.default.join(api.resolvePath("~/.openclaw/workspace"), "audio");
  const format = cfg.format ?? "opus_48000_64";
  api.registerTool({
    name: "speak",
    description: "Render text as speech and save it as an audio file in the workspace. Returns a MEDIA: path the channel can send as a voice note.",
    parameters: {
      type: "object",
      properties: { text: { type: "string", maxLength: 5e3 }, voiceId: { type: "string" } },
      required: ["text"]
    },
    async execute(_id, p) {
      if (p.text.length > budget.remaining()) {
        return { content: [{ type: "text", text: `Monthly character budget reached (${cfg.monthlyCharBudget ?? 3e4}).` }] };
      }
      const audio = await el.tts(p.text, p.voiceId ?? cfg.voiceId ?? "21m00Tcm4TlvDq8ikWAM", cfg.modelId ?? "eleven_multilingual_v2", format);
      budget.spend(p.text.length);
      import_node_fs2.default.mkdirSync(outDir, { recursive: true });
      const file = import_node_path2.default.join(outDir, `speech-${Date.now()}.${EXT[format] ?? "bin"}`);
      import_node_fs2.default.writeFileSync(file, audio);
      return { content: [{ type: "text", text: `MEDIA:${file}` }], details: { bytes: audio.length } };
    }
  });
  api.registerTool({
    name: "list_voices",
    description: "List the ElevenLabs voices available to this account.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const v = await el.voices();
      return { content: [{ type: "text", text: v.map((x) => `${x.name} \u2014 ${x.voice_id}${x.labels?.accent ? ` (${x.labels.accent})` : ""}`).join("\n") }] };
    }
  });
  api.registerCommand({
    name: "voicequota",
    description: "ElevenLabs character usage",
    handler: async () => {
      const q = await el.quota();
      return { text: `ElevenLabs: ${q.used.toLocaleString()} / ${q.limit.toLocaleString()} characters; local budget left ${budget.remaining().toLocaleString()}.` };
    }
  });
}
//# sourceMappingURL=index.cjs.map
