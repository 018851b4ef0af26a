import fs from "node:fs";
import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { ElevenLabs } from "./client";
import { Budget } from "./budget";

type Cfg = { apiKey?: string; voiceId?: string; modelId?: string; format?: string; monthlyCharBudget?: number };
const EXT: Record<string, string> = { mp3_44100_128: "mp3", opus_48000_64: "ogg", pcm_16000: "pcm" };

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  if (!cfg.apiKey) {
    api.logger.warn("elevenlabs-voice: apiKey not configured");
    return;
  }
  const el = new ElevenLabs(cfg.apiKey);
  const budget = new Budget(api.resolvePath("~/.openclaw/plugins/elevenlabs-voice/usage.json"), cfg.monthlyCharBudget ?? 30000);
  const outDir = path.join(api.resolvePath("~/.openclaw/workspace"), "audio");
  const format = cfg.format ?? "opus_48000_64";

  api.registerTool({
    name: "speak",
    description:
      "Render text as speech and save it as an audio file in the workspace. Returns a MEDIA: path the channel can send as a voice note.",
    parameters: {
      type: "object",
      properties: { text: { type: "string", maxLength: 5000 }, voiceId: { type: "string" } },
      required: ["text"],
    },
    async execute(_id: string, p: { text: string; voiceId?: string }) {
      if (p.text.length > budget.remaining()) {
        return { content: [{ type: "text", text: `Monthly character budget reached (${cfg.monthlyCharBudget ?? 30000}).` }] };
      }
      const audio = await el.tts(p.text, p.voiceId ?? cfg.voiceId ?? "21m00Tcm4TlvDq8ikWAM", cfg.modelId ?? "eleven_multilingual_v2", format);
      budget.spend(p.text.length);
      fs.mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `speech-${Date.now()}.${EXT[format] ?? "bin"}`);
      fs.writeFileSync(file, audio);
      return { content: [{ type: "text", text: `MEDIA:${file}` }], details: { bytes: audio.length } };
    },
  });

  api.registerTool({
    name: "list_voices",
    description: "List the ElevenLabs voices available to this account.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const v = await el.voices();
      return { content: [{ type: "text", text: v.map((x) => `${x.name} — ${x.voice_id}${x.labels?.accent ? ` (${x.labels.accent})` : ""}`).join("\n") }] };
    },
  });

  api.registerCommand({
    name: "voicequota",
    description: "ElevenLabs character usage",
    handler: async () => {
      const q = await el.quota();
      return { text: `ElevenLabs: ${q.used.toLocaleString()} / ${q.limit.toLocaleString()} characters; local budget left ${budget.remaining().toLocaleString()}.` };
    },
  });
}
