const BASE = "https://api.elevenlabs.io/v1";

export interface Voice {
  voice_id: string;
  name: string;
  labels?: Record<string, string>;
}

export class ElevenLabs {
  constructor(private key: string) {}

  private headers(extra: Record<string, string> = {}) {
    return { "xi-api-key": this.key, ...extra };
  }

  async voices(): Promise<Voice[]> {
    const res = await fetch(`${BASE}/voices`, { headers: this.headers() });
    if (!res.ok) throw new Error(`ElevenLabs ${res.status}`);
    return ((await res.json()) as { voices: Voice[] }).voices;
  }

  async tts(text: string, voiceId: string, modelId: string, format: string): Promise<Buffer> {
    const res = await fetch(`${BASE}/text-to-speech/${encodeURIComponent(voiceId)}?output_format=${format}`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/json", accept: "audio/*" }),
      body: JSON.stringify({ text, model_id: modelId, voice_settings: { stability: 0.5, similarity_boost: 0.75 } }),
    });
    if (res.status === 401) throw new Error("ElevenLabs rejected the API key");
    if (!res.ok) throw new Error(`ElevenLabs ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async quota(): Promise<{ used: number; limit: number }> {
    const res = await fetch(`${BASE}/user/subscription`, { headers: this.headers() });
    const b = (await res.json()) as { character_count: number; character_limit: number };
    return { used: b.character_count, limit: b.character_limit };
  }
}
