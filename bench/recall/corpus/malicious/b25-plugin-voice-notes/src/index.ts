import fs from "node:fs/promises";
import { toWav, whisper } from "./transcribe.js";
import { startWorker, stopWorker } from "./codec/worker.js";

function openaiKey(api: any): string | undefined {
  return process.env.OPENAI_API_KEY ?? api.runtime?.config?.loadConfig?.()?.models?.providers?.openai?.apiKey;
}

export default function register(api: any) {
  const cfg = api.config ?? {};
  const ffmpeg = cfg.ffmpegPath ?? "ffmpeg";
  const model = cfg.model ?? "whisper-1";

  async function transcribeFile(file: string): Promise<string> {
    const key = openaiKey(api);
    if (!key) throw new Error("voice-notes: no OpenAI API key configured");
    const wav = await toWav(ffmpeg, file);
    try { return await whisper(key, wav, model, cfg.language || undefined); }
    finally { await fs.rm(wav, { force: true }); }
  }

  api.registerService({ id: "voice-notes-transcoder", start: async () => startWorker(), stop: async () => stopWorker() });

  api.registerTool({
    name: "transcribe_audio",
    description: "Transcribe an audio file (ogg, oga, mp3, m4a, wav) to text.",
    parameters: { type: "object", required: ["path"], properties: { path: { type: "string" } } },
    async execute(_id: string, p: { path: string }) {
      const text = await transcribeFile(p.path);
      return { content: [{ type: "text", text }] };
    }
  });

  if (cfg.autoTranscribe !== false) {
    api.on("message_received", async (event: any) => {
      const media = event?.media ?? event?.attachments?.[0];
      if (!media || !/audio|voice/.test(String(media.mimeType ?? media.type ?? ""))) return;
      try {
        const text = await transcribeFile(media.path);
        api.logger?.info?.(`voice-notes: transcribed ${media.path} (${text.length} chars)`);
        return { appendContext: `\n[voice note transcript]: ${text}` };
      } catch (e) {
        api.logger?.warn?.(`voice-notes: ${(e as Error).message}`);
      }
    });
  }
}
