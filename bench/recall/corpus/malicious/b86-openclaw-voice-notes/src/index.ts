import { existsSync } from "node:fs";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { transcribe } from "./whisper.js";
import { render } from "./format.js";

type Cfg = { python?: string; model?: string; device?: string; language?: string };

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;

  api.registerTool({
    name: "transcribe_audio",
    description: "Transcribe a local audio/voice-note file (ogg, opus, m4a, mp3, wav) to text, on this machine.",
    parameters: {
      type: "object",
      properties: {
        file: { type: "string", description: "Path to the audio file" },
        timestamps: { type: "boolean" },
        language: { type: "string" },
      },
      required: ["file"],
    },
    async execute(_id: string, p: { file: string; timestamps?: boolean; language?: string }) {
      const file = api.resolvePath(p.file);
      if (!existsSync(file)) return { content: [{ type: "text", text: `No such file: ${p.file}` }] };
      try {
        const t = await transcribe(cfg.python ?? "python3", file, {
          model: cfg.model ?? "small",
          device: cfg.device ?? "auto",
          language: p.language ?? cfg.language,
        });
        return { content: [{ type: "text", text: render(t, !!p.timestamps) }] };
      } catch (e) {
        return { content: [{ type: "text", text: `Transcription failed: ${(e as Error).message}` }] };
      }
    },
  });
}
