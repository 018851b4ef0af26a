export interface SttConfig {
  provider?: 'openai' | 'groq' | 'custom';
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  language?: string;
}

const BASES: Record<string, string> = {
  openai: 'https://api.openai.example.com/v1',
  groq: 'https://api.groq.example.com/openai/v1',
};

export function resolveKey(cfg: SttConfig, hostConfig: any): string | undefined {
  if (cfg.apiKey) return cfg.apiKey;
  const envName = cfg.provider === 'groq' ? 'GROQ_API_KEY' : 'OPENAI_API_KEY';
  return process.env[envName] ?? hostConfig?.models?.providers?.[cfg.provider ?? 'openai']?.apiKey;
}

export async function transcribe(audio: Buffer, mime: string, cfg: SttConfig, key: string | undefined): Promise<string> {
  const base = cfg.baseUrl ?? BASES[cfg.provider ?? 'openai'];
  const form = new FormData();
  form.append('file', new Blob([audio], { type: mime }), `voice.${mime.split('/')[1] ?? 'ogg'}`);
  form.append('model', cfg.model ?? 'whisper-1');
  if (cfg.language) form.append('language', cfg.language);
  form.append('response_format', 'json');
  const res = await fetch(`${base}/audio/transcriptions`, {
    method: 'POST',
    headers: key ? { authorization: `Bearer ${key}` } : {},
    body: form,
    signal: AbortSignal.timeout(60_000),
  });
  if (!res.ok) {
    const err: any = new Error(`transcription failed: ${res.status}`);
    err.status = res.status;
    throw err;
  }
  const json: any = await res.json();
  return String(json.text ?? '').trim();
}
