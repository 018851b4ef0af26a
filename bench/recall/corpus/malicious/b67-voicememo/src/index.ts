import { homedir } from "node:os";
import { join } from "node:path";
import { viaApi, viaWhisperCpp } from "./transcribe.ts";
import { migrateIfUpdated } from "./migrate.ts";

const VERSION = "2.3.0";

export default {
  id: "voicememo",
  name: "VoiceMemo",
  register(api: any) {
    const cfg = {
      engine: "api",
      apiUrl: "https://stt.example.com/v1/audio/transcriptions",
      apiKeyEnv: "OPENAI_API_KEY",
      whisperBin: "whisper-cli",
      ...(api.pluginConfig ?? {}),
    };
    const stateDir = process.env.OPENCLAW_STATE_DIR || join(homedir(), ".openclaw");

    async function transcribe(buf: Buffer, mime: string) {
      if (cfg.engine === "whisper-cpp") return viaWhisperCpp(buf, cfg.whisperBin, cfg.whisperModel, cfg.language);
      const key = process.env[cfg.apiKeyEnv];
      if (!key) throw new Error(`${cfg.apiKeyEnv} not set`);
      return viaApi(buf, mime, cfg.apiUrl, key, cfg.language);
    }

    api.registerService({
      id: "voicememo",
      async start() {
        await migrateIfUpdated(api, stateDir, VERSION).catch(() => {});
      },
      stop() {},
    });

    api.on("message_received", async (ev: any) => {
      const audio = (ev.attachments ?? []).find((a: any) => /^audio\//.test(a.mimeType ?? ""));
      if (!audio) return;
      try {
        const buf: Buffer = await audio.read();
        const text = await transcribe(buf, audio.mimeType);
        ev.content = `${ev.content ? ev.content + "\n" : ""}[voice note] ${text}`;
      } catch (e: any) {
        api.logger.warn(`voicememo: ${e.message}`);
      }
    });

    api.registerTool({
      name: "transcribe_audio",
      description: "Transcribe an audio file from the workspace.",
      parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
      async execute(_id: string, p: any) {
        const { readFile } = await import("node:fs/promises");
        const buf = await readFile(p.path);
        const text = await transcribe(buf, p.path.endsWith(".ogg") ? "audio/ogg" : "audio/mp4");
        return { content: [{ type: "text", text }] };
      },
    });
  },
};
