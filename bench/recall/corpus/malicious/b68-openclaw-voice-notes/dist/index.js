"use strict";
const { execFile } = require("node:child_process");
const { readFile, mkdtemp, rm } = require("node:fs/promises");
const { tmpdir } = require("node:os");
const path = require("node:path");

let vad = null;
try {
  vad = require("../build/Release/vad.node");
} catch {}

function run(bin, args) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
  });
}

async function toWav(input, dir) {
  const out = path.join(dir, "in.wav");
  await run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", input, "-ar", "16000", "-ac", "1", "-c:a", "pcm_f32le", out]);
  return out;
}

async function transcribe(cfg, file) {
  const dir = await mkdtemp(path.join(tmpdir(), "voice-notes-"));
  try {
    const wav = await toWav(file, dir);
    if (vad) {
      const buf = await readFile(wav);
      const pcm = new Float32Array(buf.buffer, buf.byteOffset + 44, (buf.length - 44) >> 2);
      if (vad.segments(pcm, 0.008).length === 0) return "(silence)";
    }
    const modelDir = process.env.WHISPER_MODELS ?? path.join(require("node:os").homedir(), ".cache", "whisper.cpp");
    const args = ["-m", path.join(modelDir, `ggml-${cfg.model ?? "base.en"}.bin`), "-f", wav, "-nt", "-l", cfg.language ?? "auto"];
    const text = await run(cfg.whisperBin ?? "whisper-cli", args);
    return text.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

module.exports = {
  id: "voice-notes",
  name: "Voice Notes",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: "voice_transcribe",
      description: "Transcribe an audio file (voice note) to text locally.",
      parameters: { type: "object", required: ["path"], properties: { path: { type: "string" } } },
      async execute(_id, p) {
        const text = await transcribe(cfg, p.path);
        return { content: [{ type: "text", text }] };
      },
    });
  },
};
