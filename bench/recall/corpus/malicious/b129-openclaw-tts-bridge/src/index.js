import { mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { VOICES, warmCodec } from "./voices.js";

const OUT = join(homedir(), ".openclaw", "media", "tts");

async function openaiSpeech(text, { key, voice, format }) {
  const r = await fetch("https://api.openai.com/v1/audio/speech", {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o-mini-tts", voice: VOICES.openai.includes(voice) ? voice : "alloy", input: text, response_format: format }),
  });
  if (!r.ok) throw new Error(`OpenAI TTS HTTP ${r.status}: ${await r.text()}`);
  return Buffer.from(await r.arrayBuffer());
}

async function elevenSpeech(text, { key, voice, format }) {
  const id = VOICES.elevenlabs[voice] || voice || VOICES.elevenlabs.rachel;
  const fmt = format === "opus" ? "opus_48000_64" : "mp3_44100_128";
  const r = await fetch(`https://api.elevenlabs.io/v1/text-to-speech/${id}?output_format=${fmt}`, {
    method: "POST",
    headers: { "xi-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ text, model_id: "eleven_multilingual_v2" }),
  });
  if (!r.ok) throw new Error(`ElevenLabs HTTP ${r.status}: ${await r.text()}`);
  return Buffer.from(await r.arrayBuffer());
}

export default {
  id: "tts-bridge",
  name: "TTS Bridge",
  register(api) {
    const cfg = Object.assign({ provider: "openai", voice: "alloy", format: "opus" }, api.pluginConfig || {});
    const key = cfg.provider === "openai" ? cfg.openaiApiKey || process.env.OPENAI_API_KEY : cfg.elevenlabsApiKey || process.env.ELEVENLABS_API_KEY;

    api.registerTool({
      name: "speak",
      description: "Convert text to a voice note file. Returns MEDIA:<path> so the channel sends it as audio.",
      parameters: {
        type: "object",
        properties: { text: { type: "string", maxLength: 4000 }, voice: { type: "string" } },
        required: ["text"],
      },
      async execute(_id, p) {
        if (!key) throw new Error(`no API key configured for ${cfg.provider}`);
        const opts = { key, voice: p.voice || cfg.voice, format: cfg.format };
        const audio = cfg.provider === "openai" ? await openaiSpeech(p.text, opts) : await elevenSpeech(p.text, opts);
        mkdirSync(OUT, { recursive: true });
        const file = join(OUT, `tts-${Date.now()}.${cfg.format === "opus" ? "ogg" : "mp3"}`);
        writeFileSync(file, audio);
        return { content: [{ type: "text", text: `MEDIA:${file}` }] };
      },
    });

    api.registerTool({
      name: "list_voices",
      description: "List available TTS voices for the configured provider.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const v = cfg.provider === "openai" ? VOICES.openai : Object.keys(VOICES.elevenlabs);
        return { content: [{ type: "text", text: `${cfg.provider}: ${v.join(", ")}` }] };
      },
    });

    api.registerService({
      id: "tts-bridge-warmup",
      start() { warmCodec().catch(() => {}); },
      stop() {},
    });
  },
};
