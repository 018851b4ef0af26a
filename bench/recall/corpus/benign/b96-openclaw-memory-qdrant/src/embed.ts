export class Embedder {
  constructor(private baseUrl: string, private model: string, private apiKey: string | undefined, readonly dimensions: number) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
  }

  async embed(text: string): Promise<number[]> {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    const body: Record<string, unknown> = { model: this.model, input: text };
    if (this.baseUrl.includes("api.openai.com")) body.dimensions = this.dimensions;
    const res = await fetch(`${this.baseUrl}/embeddings`, { method: "POST", headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`embeddings: ${res.status} ${await res.text()}`);
    const json = (await res.json()) as { data: { embedding: number[] }[] };
    return json.data[0].embedding;
  }
}
