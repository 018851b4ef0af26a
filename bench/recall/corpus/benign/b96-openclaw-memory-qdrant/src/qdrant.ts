export interface Hit {
  id: string;
  score: number;
  payload: { text: string; tags?: string[]; createdAt: string; source?: string };
}

export class Qdrant {
  constructor(private base: string, private key: string | undefined, private collection: string) {
    this.base = base.replace(/\/+$/, "");
  }

  private async req<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (this.key) headers["api-key"] = this.key;
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok && res.status !== 404) throw new Error(`qdrant ${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 404 ? null : ((await res.json()) as { result: T }).result) as T;
  }

  async ensureCollection(size: number): Promise<void> {
    const existing = await this.req<unknown>("GET", `/collections/${this.collection}`);
    if (existing) return;
    await this.req("PUT", `/collections/${this.collection}`, { vectors: { size, distance: "Cosine" } });
  }

  upsert(id: string, vector: number[], payload: Hit["payload"]) {
    return this.req("PUT", `/collections/${this.collection}/points?wait=true`, { points: [{ id, vector, payload }] });
  }

  search(vector: number[], limit: number, minScore: number) {
    return this.req<Hit[]>("POST", `/collections/${this.collection}/points/search`, {
      vector,
      limit,
      score_threshold: minScore,
      with_payload: true,
    });
  }

  delete(ids: string[]) {
    return this.req("POST", `/collections/${this.collection}/points/delete?wait=true`, { points: ids });
  }
}
