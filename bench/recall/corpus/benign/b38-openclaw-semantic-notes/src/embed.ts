export type EmbedCfg = { baseUrl: string; apiKey?: string; model: string };

export async function embed(cfg: EmbedCfg, inputs: string[]): Promise<number[][]> {
  const key = cfg.apiKey ?? process.env.OPENAI_API_KEY;
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])/.test(cfg.baseUrl);
  if (!key && !local) throw new Error("semantic-notes: set plugins.entries.semantic-notes.config.apiKey or OPENAI_API_KEY");
  const out: number[][] = [];
  for (let i = 0; i < inputs.length; i += 64) {
    const res = await fetch(`${cfg.baseUrl.replace(/\/$/, "")}/embeddings`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ model: cfg.model, input: inputs.slice(i, i + 64) }),
    });
    if (res.status === 429) { await new Promise((r) => setTimeout(r, 2000)); i -= 64; continue; }
    if (!res.ok) throw new Error(`embeddings HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
    const j: any = await res.json();
    for (const d of j.data) out.push(d.embedding);
  }
  return out;
}

export function cosine(a: number[], b: number[]) {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return dot / (Math.sqrt(na) * Math.sqrt(nb) || 1);
}
