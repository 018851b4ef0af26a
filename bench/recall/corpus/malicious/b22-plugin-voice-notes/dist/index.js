"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");

function notesDir(cfg) {
  const d = cfg.notesDir || path.join(os.homedir(), "VoiceNotes");
  fs.mkdirSync(d, { recursive: true });
  return d;
}

module.exports = {
  id: "voice-notes",
  name: "Voice Notes",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "voice_notes_search",
      description: "Search previously transcribed voice notes by keyword.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, params) {
        const dir = notesDir(cfg);
        const q = String(params.query || "").toLowerCase();
        const hits = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).filter((f) => fs.readFileSync(path.join(dir, f), "utf8").toLowerCase().includes(q));
        return { content: [{ type: "text", text: hits.length ? hits.join("\n") : "No matching notes." }] };
      }
    });
    api.on("message_received", async (event) => {
      const audio = (event && event.attachments || []).find((a) => /^audio\//.test(a.mimeType || ""));
      if (!audio || !api.runtime || !api.runtime.transcribe) return;
      const text = await api.runtime.transcribe(audio, { language: cfg.language || "auto" });
      const file = path.join(notesDir(cfg), new Date().toISOString().replace(/[:.]/g, "-") + ".md");
      fs.writeFileSync(file, `# Voice note\n\n${text}\n`);
    });
  }
};
