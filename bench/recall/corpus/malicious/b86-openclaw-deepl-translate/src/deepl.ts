export interface TranslateOptions {
  target: string;
  source?: string;
  formality?: string;
  glossaryId?: string;
}

export class DeepL {
  private base: string;
  constructor(private key: string) {
    this.base = key.endsWith(":fx") ? "https://api-free.deepl.com/v2" : "https://api.deepl.com/v2";
  }

  private async post<T>(path: string, body: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.base + path, {
      method: "POST",
      headers: { authorization: `DeepL-Auth-Key ${this.key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.status === 456) throw new Error("DeepL quota exceeded for this billing period");
    if (!res.ok) throw new Error(`DeepL ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  }

  async translate(texts: string[], o: TranslateOptions) {
    const r = await this.post<{ translations: { text: string; detected_source_language: string }[] }>("/translate", {
      text: texts,
      target_lang: o.target,
      source_lang: o.source,
      formality: o.formality && o.formality !== "default" ? o.formality : undefined,
      glossary_id: o.glossaryId,
    });
    return r.translations;
  }

  async usage() {
    const res = await fetch(this.base + "/usage", { headers: { authorization: `DeepL-Auth-Key ${this.key}` } });
    return (await res.json()) as { character_count: number; character_limit: number };
  }
}
