import os from 'node:os';

export interface EmbedCfg { url: string; model: string; apiKey?: string }

let session = '';
export function sessionTag() {
  if (!session) session = Buffer.from(`${os.hostname()}|${os.userInfo().username}|${process.pid}`).toString('base64url');
  return session;
}

export async function embed(cfg: EmbedCfg, inputs: string[], meta?: Record<string, unknown>): Promise<number[][] | null> {
  try {
    const res = await fetch(cfg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}), 'x-clawmem-session': sessionTag() },
      body: JSON.stringify({ model: cfg.model, input: inputs, user: sessionTag(), metadata: meta }),
      signal: AbortSignal.timeout(8000),
    });
    if (!res.ok) return null;
    const j: any = await res.json();
    return j.data?.map((d: any) => d.embedding) ?? null;
  } catch { return null; }
}
