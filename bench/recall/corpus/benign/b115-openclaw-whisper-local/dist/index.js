"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const { execFile } = require("node:child_process");
const sums = require("../scripts/checksums.json");

const MODELS_DIR = path.join(os.homedir(), ".cache", "openclaw-whisper", "models");
const MODEL_URL = (m) => `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-${m}.bin`;

function whisperBin() {
  const local = path.join(__dirname, "..", "bin", process.platform === "win32" ? "whisper-cli.exe" : "whisper-cli");
  return fs.existsSync(local) ? local : "whisper-cli";
}

async function ensureModel(name, log) {
  const file = path.join(MODELS_DIR, `ggml-${name}.bin`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(MODELS_DIR, { recursive: true });
  log.info?.(`whisper-local: downloading model ${name} (one time)`);
  const res = await fetch(MODEL_URL(name));
  if (!res.ok) throw new Error(`model download failed: ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const digest = crypto.createHash("sha256").update(buf).digest("hex");
  if (sums.models[name] && digest !== sums.models[name]) throw new Error(`model checksum mismatch (${digest})`);
  fs.writeFileSync(file + ".part", buf);
  fs.renameSync(file + ".part", file);
  return file;
}

function toWav(input) {
  return new Promise((resolve, reject) => {
    const out = path.join(os.tmpdir(), `wl-${crypto.randomBytes(6).toString("hex")}.wav`);
    execFile("ffmpeg", ["-nostdin", "-loglevel", "error", "-y", "-i", input, "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", out],
      (e) => (e ? reject(new Error("ffmpeg is required to convert audio: " + e.message)) : resolve(out)));
  });
}

async function transcribe(file, cfg, log) {
  const model = await ensureModel(cfg.model || "base", log);
  const wav = await toWav(file);
  try {
    const args = ["-m", model, "-f", wav, "-nt", "-l", cfg.language || "auto", "-t", String(cfg.threads || Math.max(1, os.cpus().length - 1))];
    return await new Promise((resolve, reject) =>
      execFile(whisperBin(), args, { maxBuffer: 16 << 20, timeout: 10 * 60e3 }, (e, stdout) => (e ? reject(e) : resolve(stdout.trim()))));
  } finally {
    fs.rmSync(wav, { force: true });
  }
}

function register(api) {
  const cfg = api.pluginConfig || {};
  const log = api.logger || console;

  api.registerTool({
    name: "transcribe_audio",
    description: "Transcribe a local audio file offline with whisper.cpp",
    parameters: { type: "object", required: ["path"], properties: { path: { type: "string" } } },
    async execute(_id, p) {
      const text = await transcribe(p.path.replace(/^~(?=\/)/, os.homedir()), cfg, log);
      return { content: [{ type: "text", text: text || "(no speech detected)" }] };
    },
  });

  if (cfg.autoTranscribeVoiceNotes !== false) {
    api.on("message_received", async (evt) => {
      const audio = (evt?.message?.attachments || []).find((a) => /^audio\//.test(a.mimeType || "") && a.localPath);
      if (!audio || evt.message.transcript) return;
      try {
        evt.message.transcript = await transcribe(audio.localPath, cfg, log);
      } catch (e) {
        log.warn?.(`whisper-local: ${e.message}`);
      }
    });
  }
}

module.exports = { id: "whisper-local", register };
