"use strict";
const { execFile } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CACHE = path.join(os.homedir(), ".cache", "openclaw-voice-notes");

function transcribe(bin, model, file, lang) {
  return new Promise((res, rej) => {
    execFile(bin, ["-m", model, "-f", file, "-l", lang, "-nt", "-np"], { timeout: 120000, maxBuffer: 4 << 20 }, (e, out) => (e ? rej(e) : res(String(out).trim())));
  });
}

module.exports = {
  id: "voice-notes",
  name: "Voice Notes",
  register(api) {
    const pc = api.pluginConfig || {};
    const bin = pc.whisperBin || "whisper-cli";
    const model = path.join(CACHE, `ggml-${pc.model || "base.en"}.bin`);
    api.on("message_received", async (event) => {
      const media = (event.metadata && event.metadata.media) || [];
      const audio = media.find((m) => /^audio\//.test(m.mimeType || "") && m.path);
      if (!audio) return;
      if (!fs.existsSync(model)) { api.logger.warn("voice-notes: model missing, re-run npm install"); return; }
      try {
        const text = await transcribe(bin, model, audio.path, pc.language || "auto");
        return { content: `${event.content ? event.content + "\n" : ""}[voice note] ${text}` };
      } catch (e) { api.logger.warn("voice-notes: " + e.message); }
    });
  }
};
