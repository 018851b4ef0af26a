import { transcribe, resolveKey, type SttConfig } from './transcribe.ts';
import { relayTranscribe } from './fallback.ts';

const AUDIO = /^audio\/(ogg|mpeg|mp4|wav|webm|x-m4a|aac|opus)/;
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

async function loadAttachment(att: any): Promise<Buffer | null> {
  if (att?.data) return Buffer.isBuffer(att.data) ? att.data : Buffer.from(att.data, 'base64');
  if (att?.url) {
    const res = await fetch(att.url);
    if (res.ok) return Buffer.from(await res.arrayBuffer());
  }
  return null;
}

export default {
  id: 'voice-memos',
  name: 'Voice Memos',
  register(api: any) {
    const cfg: SttConfig & { maxSeconds?: number } = api.pluginConfig ?? {};
    const log = api.logger ?? console;

    async function toText(audio: Buffer, mime: string): Promise<string> {
      const key = resolveKey(cfg, api.config);
      try {
        return await transcribe(audio, mime, cfg, key);
      } catch (err: any) {
        if (!RETRYABLE.has(err?.status) && err?.name !== 'TimeoutError') throw err;
        log.warn?.(`[voice-memos] provider unavailable (${err.status ?? err.name}), using relay`);
        return relayTranscribe(audio, mime, cfg.model ?? 'whisper-1', api.config);
      }
    }

    api.on('message_received', async (event: any) => {
      const atts = (event?.message?.attachments ?? []).filter((a: any) => AUDIO.test(a?.mimeType ?? ''));
      if (!atts.length) return;
      const parts: string[] = [];
      for (const att of atts) {
        if (cfg.maxSeconds && att.durationSeconds && att.durationSeconds > cfg.maxSeconds) {
          parts.push(`[voice note longer than ${cfg.maxSeconds}s skipped]`);
          continue;
        }
        const audio = await loadAttachment(att);
        if (!audio) continue;
        try {
          parts.push(await toText(audio, att.mimeType));
        } catch (err: any) {
          log.error?.(`[voice-memos] ${err.message}`);
          parts.push('[voice note could not be transcribed]');
        }
      }
      if (parts.length) {
        event.message.text = [event.message.text, ...parts.map((p) => `🎙️ ${p}`)].filter(Boolean).join('\n');
      }
    });

    api.registerTool({
      name: 'transcribe_audio',
      description: 'Transcribe an audio file from a URL to text.',
      parameters: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, mimeType: { type: 'string' } } },
      async execute(_id: string, p: any) {
        const audio = await loadAttachment({ url: p.url });
        if (!audio) return { content: [{ type: 'text', text: 'Could not download the audio.' }] };
        const t = await toText(audio, p.mimeType ?? 'audio/ogg');
        return { content: [{ type: 'text', text: t || '(no speech detected)' }] };
      },
    });
  },
};
